import { useState } from 'react';
import { useStore } from '../../lib/store';
import { useNavigation } from '../../state/navigation';
import { Icon } from '../../ui/Icon';
import { Modal } from '../../ui/Modal';
import { useImports } from './import-actions';
import { chosenDuplicates, filesIn, firstImported, summaryOf, titleOf, toggleChoice } from './import-progress';
import { ImportFileRow } from './ImportProgressPanel';

/**
 * What became of every file of an import: the documents it brought in,
 * duplicates offered (imported again only when chosen), and files refused,
 * each with its reason.
 */
export function ImportReportDialog() {
  const imports = useImports();
  const navigation = useNavigation();
  const view = useStore(imports.store, (s) => s.view);
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  if (!view) return null;
  const imported = filesIn(view, 'imported');
  const duplicates = filesIn(view, 'duplicate');
  const refused = filesIn(view, 'refused');
  const skipped = filesIn(view, 'skipped');
  const first = firstImported(view);
  const anyway = chosenDuplicates(view, chosen);
  const close = () => navigation.closeDialog();

  return (
    <Modal
      title={titleOf(view)}
      description={summaryOf(view)}
      size="large"
      className="import-report"
      onClose={close}
      footer={
        <>
          <button type="button" className="button" onClick={close} {...(first ? {} : { 'data-autofocus': true })}>
            Close
          </button>
          {first ? (
            <button type="button" className="button primary" data-autofocus onClick={() => void imports.openFirst()}>
              Open “{first.title}”
            </button>
          ) : null}
        </>
      }
    >
      {view.failure ? (
        <p className="import-failure" role="alert">
          <Icon name="warning" /> {view.failure}
        </p>
      ) : null}
      {duplicates.length > 0 ? (
        <section className="import-section" aria-labelledby="import-duplicates">
          <h3 id="import-duplicates" className="import-section-heading">
            Duplicates · {duplicates.length.toLocaleString('en')}
          </h3>
          <p className="muted import-section-note">
            These texts are already in the notebook, or came twice in this import, so they were not imported again.
          </p>
          <ul className="import-files import-duplicates">
            {duplicates.map((file) => (
              <li key={file.index} className="import-file state-duplicate">
                <label className="import-choice">
                  <input type="checkbox" checked={chosen.has(file.index)} onChange={() => setChosen((c) => toggleChoice(c, file.index))} />
                  <span className="import-file-name" title={file.name}>
                    {file.name}
                  </span>
                </label>
                <span className="import-file-state">Same text as “{file.sameAs.title}”</span>
              </li>
            ))}
          </ul>
          <div className="import-section-actions">
            <button type="button" className="button" disabled={anyway.length === 0} onClick={() => void imports.importAnyway(anyway)}>
              Import anyway{anyway.length > 0 ? ` (${anyway.length.toLocaleString('en')})` : ''}
            </button>
            <span className="muted">a second copy of each chosen text</span>
          </div>
        </section>
      ) : null}
      {refused.length > 0 ? (
        <section className="import-section" aria-labelledby="import-refused">
          <h3 id="import-refused" className="import-section-heading">
            Refused · {refused.length.toLocaleString('en')}
          </h3>
          <ul className="import-files" aria-label="Refused files" tabIndex={0}>
            {refused.map((file) => (
              <ImportFileRow key={file.index} file={file} />
            ))}
          </ul>
        </section>
      ) : null}
      {skipped.length > 0 ? (
        <section className="import-section" aria-labelledby="import-skipped">
          <h3 id="import-skipped" className="import-section-heading">
            Not imported · {skipped.length.toLocaleString('en')}
          </h3>
          <p className="muted import-section-note">
            {view.status === 'cancelled' ? 'The import was cancelled before these files; import them again when you want them.' : 'The import stopped before these files.'}
          </p>
          <ul className="import-files" aria-label="Files not imported" tabIndex={0}>
            {skipped.map((file) => (
              <ImportFileRow key={file.index} file={file} />
            ))}
          </ul>
        </section>
      ) : null}
      {imported.length > 0 ? (
        <section className="import-section" aria-labelledby="import-imported">
          <h3 id="import-imported" className="import-section-heading">
            Imported · {imported.length.toLocaleString('en')}
          </h3>
          <ul className="import-files" aria-label="Files imported" tabIndex={0}>
            {imported.map((file) => (
              <ImportFileRow key={file.index} file={file} />
            ))}
          </ul>
        </section>
      ) : null}
    </Modal>
  );
}
