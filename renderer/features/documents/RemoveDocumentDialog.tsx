import { useWorkspaceState } from '../../state/session-context';
import { useNavigation } from '../../state/navigation';
import { ConfirmRemovalDialog } from '../../ui/ConfirmRemovalDialog';
import { useDocuments } from './document-actions';

/** Removing a document says what goes with it; it can be undone. */
export function RemoveDocumentDialog({ documentId }: { documentId: number }) {
  const documents = useDocuments();
  const navigation = useNavigation();
  const document = useWorkspaceState((s) => s.documents.find((d) => d.id === documentId));
  if (!document) return null;
  return (
    <ConfirmRemovalDialog
      title={`Remove “${document.title}”?`}
      confirmLabel="Remove document"
      onConfirm={() => documents.remove(documentId)}
      onClose={() => navigation.closeDialog()}
    >
      <p>
        Its {document.sentenceCount.toLocaleString()} sentences leave the notebook, with {document.taggedCount.toLocaleString()} tagged
        and {document.noteCount.toLocaleString()} {document.noteCount === 1 ? 'note' : 'notes'}.
      </p>
    </ConfirmRemovalDialog>
  );
}
