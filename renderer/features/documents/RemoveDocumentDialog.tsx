import { useWorkspace, useWorkspaceState } from '../../app/workspace-context';
import { ConfirmRemovalDialog } from '../../ui/ConfirmRemovalDialog';

/** Removing a document says what goes with it; it can be undone. */
export function RemoveDocumentDialog({ documentId }: { documentId: number }) {
  const workspace = useWorkspace();
  const document = useWorkspaceState((s) => s.documents.find((d) => d.id === documentId));
  if (!document) return null;
  return (
    <ConfirmRemovalDialog
      title={`Remove “${document.title}”?`}
      confirmLabel="Remove document"
      onConfirm={() => workspace.documents.remove(documentId)}
      onClose={() => workspace.navigation.closeDialog()}
    >
      <p>
        Its {document.sentenceCount.toLocaleString()} sentences leave the notebook, with {document.taggedCount.toLocaleString()} tagged
        and {document.noteCount.toLocaleString()} {document.noteCount === 1 ? 'note' : 'notes'}.
      </p>
    </ConfirmRemovalDialog>
  );
}
