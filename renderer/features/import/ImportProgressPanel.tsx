import { memo, useEffect, useRef } from 'react';
import type { ImportFileProgress } from '../../../electron/contract';
import { useStore } from '../../lib/store';
import { Icon, type IconName } from '../../ui/Icon';
import { useImports } from './import-actions';
import { countsOf, fractionDone, headingOf, stateWords, summaryOf } from './import-progress';

/**
 * The import under way, in a corner of the window: the researcher goes on
 * reading and coding while it runs. An overall bar, each file with its state,
 * and Cancel, which stops after the file being read.
 */
export function ImportProgressPanel() {
  const imports = useImports();
  const view = useStore(imports.store, (s) => s.view);
  const folded = useStore(imports.store, (s) => s.folded);
  const current = useRef<HTMLLIElement>(null);
  // The file being read, or the next to come: the list follows the import.
  const currentIndex = view ? currentFileIndex(view.files) : -1;

  useEffect(() => {
    // The file being read stays in sight, without moving the page's focus.
    current.current?.scrollIntoView({ block: 'nearest' });
  }, [currentIndex]);

  if (!view || view.status !== 'running') return null;
  const counts = countsOf(view);
  const percent = Math.round(fractionDone(view) * 100);
  return (
    <section className={folded ? 'import-progress folded' : 'import-progress'} aria-label="Import">
      <header className="import-progress-header">
        <Icon name="import" />
        <h2 className="import-progress-title" aria-live="polite">
          {headingOf(view)}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-expanded={!folded}
          aria-label={folded ? 'Show the files' : 'Hide the files'}
          title={folded ? 'Show the files' : 'Hide the files'}
          onClick={() => imports.setFolded(!folded)}
        >
          <Icon name={folded ? 'up' : 'chevronDown'} />
        </button>
      </header>
      <div
        className="import-bar"
        role="progressbar"
        aria-label="Files imported"
        aria-valuemin={0}
        aria-valuemax={view.total}
        aria-valuenow={counts.done}
        aria-valuetext={`${counts.done.toLocaleString('en')} of ${view.total.toLocaleString('en')} files`}
      >
        <div className="import-bar-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="import-progress-summary">{summaryOf(view)}</p>
      {folded ? null : (
        // Focusable, so the list scrolls from the keyboard too.
        <ol className="import-files" aria-label="Files" tabIndex={0}>
          {view.files.map((file) =>
            file ? <ImportFileRow key={file.index} file={file} rowRef={file.index === currentIndex ? current : undefined} /> : null,
          )}
        </ol>
      )}
      <footer className="import-progress-footer">
        <button type="button" className="button" disabled={view.stopping} onClick={() => void imports.cancel()}>
          {view.stopping ? 'Stopping…' : 'Cancel'}
        </button>
      </footer>
    </section>
  );
}

function currentFileIndex(files: readonly (ImportFileProgress | undefined)[]): number {
  const importing = files.findIndex((file) => file?.state === 'importing');
  return importing !== -1 ? importing : files.findIndex((file) => file?.state === 'waiting');
}

const STATE_ICONS: Record<ImportFileProgress['state'], IconName> = {
  waiting: 'dot',
  importing: 'import',
  imported: 'check',
  duplicate: 'merge',
  refused: 'warning',
  skipped: 'close',
};

/** One file and its state; redrawn only when its state changes. */
export const ImportFileRow = memo(function ImportFileRow({
  file,
  rowRef,
}: {
  file: ImportFileProgress;
  rowRef?: React.Ref<HTMLLIElement> | undefined;
}) {
  return (
    <li ref={rowRef} className={`import-file state-${file.state}`}>
      <Icon name={STATE_ICONS[file.state]} className="import-file-icon" />
      <span className="import-file-name" title={file.name}>
        {file.name}
      </span>
      <span className="import-file-state">{stateWords(file)}</span>
    </li>
  );
});
