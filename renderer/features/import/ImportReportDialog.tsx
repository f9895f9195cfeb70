import { useState } from 'react';
import { useStore } from '../../lib/store';
import { useNavigation } from '../../state/navigation';
import { Icon } from '../../ui/Icon';
import { Modal } from '../../ui/Modal';
import { useImports } from './import-actions';
import { chosenDuplicates, filesIn, firstImported, summaryOf, titleOf, toggleChoice } from './import-progress';
import { ImportFileRow } from './ImportProgressPanel';

type ReportFile = Parameters<typeof ImportFileRow>[0]['file'];

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
      <FileSection id="import-refused" heading="Refused" label="Refused files" files={refused} />
      <FileSection
        id="import-skipped"
        heading="Not imported"
        label="Files not imported"
        files={skipped}
        note={view.status === 'cancelled' ? 'The import was cancelled before these files; import them again when you want them.' : 'The import stopped before these files.'}
      />
      <FileSection id="import-imported" heading="Imported" label="Files imported" files={imported} />
    </Modal>
  );
}

/** One kind of outcome in the report, each file with its reason; nothing when no file had it. */
function FileSection({ id, heading, label, files, note }: { id: string; heading: string; label: string; files: readonly ReportFile[]; note?: string }) {
  if (files.length === 0) return null;
  return (
    <section className="import-section" aria-labelledby={id}>
      <h3 id={id} className="import-section-heading">
        {heading} · {files.length.toLocaleString('en')}
      </h3>
      {note ? <p className="muted import-section-note">{note}</p> : null}
      <ul className="import-files" aria-label={label} tabIndex={0}>
        {files.map((file) => (
          <ImportFileRow key={file.index} file={file} />
        ))}
      </ul>
    </section>
  );
}
