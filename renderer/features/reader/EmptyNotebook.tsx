import { useWorkspaceState } from '../../state/session-context';
import { useNavigation } from '../../state/navigation';
import { Icon } from '../../ui/Icon';
import { useImports } from '../import/import-actions';

/** A new notebook teaches how to bring text in. */
export function EmptyNotebook() {
  const imports = useImports();
  const navigation = useNavigation();
  const name = useWorkspaceState((s) => s.notebook?.name ?? 'This notebook');
  const readOnly = useWorkspaceState((s) => s.notebook?.readOnly === true);
  if (readOnly) {
    return (
      <div className="reader-pane">
        <div className="empty-state" role="region" aria-label="Empty notebook">
          <div className="empty-illustration" aria-hidden="true">
            <Icon name="lock" size={40} />
          </div>
          <h1>{name} has no documents, and is read-only</h1>
          <p>
            Themata can’t change this notebook’s file, so nothing can be imported into it. To code here, copy the file to
            a folder you can write to and open the copy.
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="reader-pane">
      <div className="empty-state" role="region" aria-label="Empty notebook">
        <div className="empty-illustration" aria-hidden="true">
          <Icon name="book" size={40} />
        </div>
        <h1>{name} has no documents yet</h1>
        <p>
          Bring in the article you want to code: Themata splits it into sentences, and you tag each one with the themes
          of your codebook.
        </p>
        <div className="empty-actions">
          <button type="button" className="button primary" onClick={() => void imports.choose('files')}>
            <Icon name="import" /> Import articles…
          </button>
          <button type="button" className="button" onClick={() => void imports.choose('folder')}>
            <Icon name="folder" /> Import a folder…
          </button>
          <button type="button" className="button" onClick={() => navigation.openDialog({ kind: 'paste' })}>
            <Icon name="paste" /> Paste text…
          </button>
        </div>
        <p className="empty-footnote">or drop text, web page, PDF or Word files, or a folder of them, anywhere in this window</p>
      </div>
    </div>
  );
}
