import { useEffect, useState } from 'react';
import { showMessage } from '../../lib/messages';
import { useSession, useWorkspaceState } from '../../state/session-context';
import { Icon } from '../../ui/Icon';
import { droppedFiles } from './dropped-entries';
import { useImports } from './import-actions';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/** Drop articles (text, Markdown, web pages, PDFs, Word files), and folders of them, anywhere on the window to import them. */
export function DropZone() {
  const imports = useImports();
  const session = useSession();
  const [over, setOver] = useState(false);
  const readOnly = useWorkspaceState((s) => s.notebook?.readOnly === true);

  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setOver(true);
    };
    const overWindow = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = session.readOnly ? 'none' : 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Never let the window navigate to a dropped file.
      event.preventDefault();
      depth = 0;
      setOver(false);
      if (session.refuseChange() || !event.dataTransfer) return;
      void droppedFiles(event.dataTransfer).then(
        (files) => {
          if (files.length === 0) showMessage('info', 'Nothing to import there: a folder is imported for the .txt, .md, .html, .pdf and .docx files in it.');
          else void imports.send(files);
        },
        () => showMessage('error', 'Themata could not read what was dropped; try choosing the files with Import instead.'),
      );
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', overWindow);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', overWindow);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [imports, session]);

  if (!over) return null;
  if (readOnly) {
    return (
      <div className="drop-overlay read-only" aria-hidden="true">
        <div className="drop-card">
          <Icon name="lock" size={32} />
          <p className="drop-title">This notebook is read-only</p>
          <p className="muted">Nothing can be imported into it.</p>
        </div>
      </div>
    );
  }
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-card">
        <Icon name="import" size={32} />
        <p className="drop-title">Drop to import</p>
        <p className="muted">Each text, Markdown, web page, PDF or Word file becomes a document; a folder brings all of them.</p>
      </div>
    </div>
  );
}
