import { useState } from 'react';
import { useWorkspace, useWorkspaceState } from '../../app/workspace-context';
import { isMac } from '../../lib/platform';
import { Modal } from '../../ui/Modal';

/** Deleting a theme says how many tags go with it, and that it can be undone. */
export function DeleteThemeDialog({ themeId }: { themeId: number }) {
  const workspace = useWorkspace();
  const theme = useWorkspaceState((s) => s.themes.find((t) => t.id === themeId));
  const [busy, setBusy] = useState(false);
  if (!theme) return null;
  const tags = theme.tagCount === 1 ? '1 tag' : `${theme.tagCount.toLocaleString()} tags`;
  return (
    <Modal
      title={`Delete “${theme.name}”?`}
      size="small"
      onClose={() => workspace.closeDialog()}
      footer={
        <>
          <button type="button" className="button" data-autofocus onClick={() => workspace.closeDialog()}>
            Cancel
          </button>
          <button
            type="button"
            className="button danger"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              await workspace.codebook.remove(themeId);
              workspace.closeDialog();
            }}
          >
            Delete theme and {tags}
          </button>
        </>
      }
    >
      <p>
        {theme.tagCount > 0 ? (
          <>
            This removes the theme from the codebook and <strong>{tags}</strong> from{' '}
            {theme.tagCount === 1 ? 'the sentence' : 'the sentences'} that carry it. Notes stay.
          </>
        ) : (
          <>No sentence carries this theme; only the codebook entry goes.</>
        )}
      </p>
      <p className="muted">You can undo this with {isMac ? '⌘Z' : 'Ctrl+Z'}.</p>
    </Modal>
  );
}
