import { useWorkspace, useWorkspaceState } from '../../app/workspace-context';
import { isMac } from '../../lib/platform';
import { Modal } from '../../ui/Modal';

/** Removing a document says what goes with it; it can be undone. */
export function RemoveDocumentDialog({ documentId }: { documentId: number }) {
  const workspace = useWorkspace();
  const document = useWorkspaceState((s) => s.documents.find((d) => d.id === documentId));
  if (!document) return null;
  return (
    <Modal
      title={`Remove “${document.title}”?`}
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
            onClick={async () => {
              workspace.closeDialog();
              await workspace.documents.remove(documentId);
            }}
          >
            Remove document
          </button>
        </>
      }
    >
      <p>
        Its {document.sentenceCount.toLocaleString()} sentences leave the notebook, with {document.taggedCount.toLocaleString()} tagged
        and {document.noteCount.toLocaleString()} {document.noteCount === 1 ? 'note' : 'notes'}.
      </p>
      <p className="muted">You can undo this with {isMac ? '⌘Z' : 'Ctrl+Z'}.</p>
    </Modal>
  );
}
