import { useId, useState } from 'react';
import { isMac } from '../../lib/platform';
import { useWorkspaceState } from '../../state/session-context';
import { useNavigation } from '../../state/navigation';
import { Modal } from '../../ui/Modal';
import { useCodebook } from './codebook-actions';

/** Merging folds one theme into another: its tags move over, then it goes. */
export function MergeThemeDialog({ themeId }: { themeId: number }) {
  const codebook = useCodebook();
  const navigation = useNavigation();
  const themes = useWorkspaceState((s) => s.themes);
  const source = themes.find((t) => t.id === themeId);
  const others = themes.filter((t) => t.id !== themeId);
  const [targetId, setTargetId] = useState<number | null>(others[0]?.id ?? null);
  const [busy, setBusy] = useState(false);
  const selectId = useId();
  if (!source) return null;
  const target = others.find((t) => t.id === targetId);
  return (
    <Modal
      title={`Merge “${source.name}” into…`}
      size="small"
      onClose={() => navigation.closeDialog()}
      footer={
        <>
          <button type="button" className="button" onClick={() => navigation.closeDialog()}>
            Cancel
          </button>
          <button
            type="button"
            className="button primary"
            disabled={!target || busy}
            onClick={async () => {
              if (!target) return;
              setBusy(true);
              await codebook.merge(source.id, target.id);
              navigation.closeDialog();
            }}
          >
            Merge
          </button>
        </>
      }
    >
      {others.length === 0 ? (
        <p>The codebook has no other theme to merge into.</p>
      ) : (
        <>
          <label className="form-label" htmlFor={selectId}>
            Theme to keep
          </label>
          <select id={selectId} className="field" data-autofocus value={targetId ?? ''} onChange={(event) => setTargetId(Number(event.target.value))}>
            {others.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {theme.key ? `${theme.key} · ` : ''}
                {theme.name}
              </option>
            ))}
          </select>
          <p>
            The {source.tagCount.toLocaleString()} {source.tagCount === 1 ? 'sentence' : 'sentences'} tagged “{source.name}” will
            be tagged “{target?.name ?? '…'}”, and “{source.name}” leaves the codebook.
          </p>
          <p className="muted">You can undo this with {isMac ? '⌘Z' : 'Ctrl+Z'}.</p>
        </>
      )}
    </Modal>
  );
}
