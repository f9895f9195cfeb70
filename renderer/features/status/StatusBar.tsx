import { scopePhrase, scopeTotals } from '../../state/document-set';
import { useWorkspaceState } from '../../state/session-context';
import { useNavigation } from '../../state/navigation';
import { Icon } from '../../ui/Icon';
import { SaveIndicator } from '../notes/SaveIndicator';

/** The bottom line: saved state, the document's counts, what undo would do, who is coding. */
export function StatusBar() {
  const navigation = useNavigation();
  const saveState = useWorkspaceState((s) => s.saveState);
  const kind = useWorkspaceState((s) => s.scope.kind);
  const where = useWorkspaceState(scopePhrase);
  const sentences = useWorkspaceState((s) => scopeTotals(s).sentences);
  const tagged = useWorkspaceState((s) => scopeTotals(s).tagged);
  const hasDocuments = useWorkspaceState((s) => s.documents.length > 0 && (s.scope.kind !== 'document' || s.documentId !== null));
  const coder = useWorkspaceState((s) => s.notebook?.coder);
  const history = useWorkspaceState((s) => s.history);
  const readOnly = useWorkspaceState((s) => s.notebook?.readOnly === true);
  return (
    <footer className="status-bar" aria-label="Status">
      {readOnly ? (
        // Nothing is saved to a read-only notebook, so "Saved" would mislead.
        <span className="status-item read-only-badge" title="Themata can’t change this notebook’s file; reading, search and export work as usual">
          <Icon name="lock" size={13} /> Read-only
        </span>
      ) : (
        <span className="status-item" aria-live="polite">
          <SaveIndicator state={saveState} />
        </span>
      )}
      {hasDocuments ? (
        <>
          <span className="status-item" data-testid="status-sentences">
            {sentences.toLocaleString()} {sentences === 1 ? 'sentence' : 'sentences'}
          </span>
          <span className="status-item" data-testid="status-tagged">
            {tagged.toLocaleString()} tagged
          </span>
          <span className={kind === 'document' ? 'status-item status-scope' : 'status-item status-scope wide'} data-testid="status-scope">
            in {where}
          </span>
        </>
      ) : null}
      <span className="status-spacer" />
      {history.undoLabel && !readOnly ? (
        <span className="status-item status-history" title="Edit ▸ Undo">
          Undo: {history.undoLabel}
        </span>
      ) : null}
      {coder ? (
        <button
          type="button"
          className="status-button status-coder"
          title="Who is coding: your tags and notes are saved under this name. Click to change it."
          aria-label={`Coding as ${coder}; change who is coding`}
          onClick={() => navigation.openDialog({ kind: 'coder' })}
        >
          <Icon name="person" size={13} /> <span aria-hidden="true">Coder: {coder}</span>
        </button>
      ) : null}
      <button type="button" className="status-button" onClick={() => navigation.openDialog({ kind: 'shortcuts' })} aria-label="Keyboard shortcuts">
        <Icon name="keyboard" size={14} /> <span aria-hidden="true">?</span>
      </button>
    </footer>
  );
}
