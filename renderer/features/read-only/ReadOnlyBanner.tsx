import { capabilities } from '../../lib/capabilities';
import { useWorkspaceState } from '../../state/session-context';
import { Icon } from '../../ui/Icon';
import { useDocuments } from '../documents/document-actions';

/** Under the toolbar of a read-only notebook: what it means, what still works, and how to edit it. */
export function ReadOnlyBanner() {
  const documents = useDocuments();
  const readOnly = useWorkspaceState((s) => s.notebook?.readOnly === true);
  if (!readOnly) return null;
  return (
    <section className="read-only-banner" aria-label="Read-only notebook">
      <Icon name="lock" className="read-only-icon" />
      <p className="read-only-text">
        <strong>Read-only:</strong> Themata can’t change this notebook’s file. To tag or write notes, copy the file to a
        folder you can write to and open the copy.
      </p>
      {capabilities.showInFolder ? (
        <button type="button" className="button small" onClick={() => void documents.revealNotebook()}>
          <Icon name="folder" size={14} /> Show in folder
        </button>
      ) : null}
    </section>
  );
}
