import type { DocumentSummary } from '../../../electron/contract';
import { READ_ONLY_TITLE } from '../../state/read-only';
import { useWorkspaceState } from '../../state/session-context';
import { Icon } from '../../ui/Icon';
import { useCoders } from './coder-actions';
import { listNames } from './coder-view';

/**
 * Beside the document's title: whether the coder has finished coding it
 * (agreement compares only finished documents), and who else has.
 */
export function CodedToggle({ document }: { document: DocumentSummary }) {
  const actions = useCoders();
  const coder = useWorkspaceState((s) => s.notebook?.coder ?? '');
  const readOnly = useWorkspaceState((s) => s.notebook?.readOnly === true);
  const mine = document.codedBy.includes(coder);
  const others = document.codedBy.filter((name) => name !== coder);
  return (
    <>
      <button
        type="button"
        className={mine ? 'button small coded-toggle on' : 'button small coded-toggle'}
        aria-pressed={mine}
        disabled={readOnly}
        title={readOnly ? READ_ONLY_TITLE : mine ? 'You have finished coding this document; click to take the mark back' : 'Say you have finished coding this document'}
        onClick={() => void actions.toggleCoded(document.id)}
      >
        <Icon name="check" size={13} /> {mine ? 'Coded by you' : 'Mark as coded'}
      </button>
      {others.length > 0 ? (
        <span className="coded-others" title={`Marked as coded by ${listNames(others)}`}>
          Coded by {listNames(others)}
        </span>
      ) : null}
    </>
  );
}
