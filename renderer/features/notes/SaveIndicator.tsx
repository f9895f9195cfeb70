import type { SaveState } from '../../state/workspace-state';
import { Icon } from '../../ui/Icon';

const words: Record<SaveState, string> = {
  saved: 'Saved',
  pending: 'Saving…',
  saving: 'Saving…',
  failed: 'Not saved',
};

/** The quiet saved state: a tick when everything is on disk. */
export function SaveIndicator({ state }: { state: SaveState }) {
  return (
    <span className={`save-indicator ${state}`} data-save-state={state}>
      {state === 'saved' ? <Icon name="check" size={13} /> : state === 'failed' ? <Icon name="warning" size={13} /> : <span className="save-dot" aria-hidden="true" />}
      {words[state]}
    </span>
  );
}
