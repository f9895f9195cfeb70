import type { ProjectImport } from '../../../electron/contract';
import { useNavigation } from '../../state/navigation';
import { Icon } from '../../ui/Icon';
import { Modal } from '../../ui/Modal';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** What a REFI-QDA project or codebook brought in: counts, the coders, and every thing it held that the notebook cannot. */
export function ProjectImportDialog({ imported }: { imported: ProjectImport }) {
  const navigation = useNavigation();
  const { report, fileName } = imported;
  const added = [
    { label: 'documents', count: report.documents, note: report.documentsMatched > 0 ? `${report.documentsMatched.toLocaleString('en')} already here` : null },
    { label: 'themes', count: report.themes, note: report.themesMatched > 0 ? `${report.themesMatched.toLocaleString('en')} matched` : null },
    { label: 'tags', count: report.tags, note: null },
    { label: 'notes', count: report.notes, note: null },
    { label: 'memos', count: report.memos, note: null },
    { label: 'with details', count: report.documentsWithDetails, note: null },
  ];
  return (
    <Modal
      title={`Imported “${fileName}”`}
      description="As one step: Undo takes all of it back."
      size="medium"
      className="project-import"
      onClose={() => navigation.closeDialog()}
      footer={
        <button type="button" className="button primary" data-autofocus onClick={() => navigation.closeDialog()}>
          Done
        </button>
      }
    >
      <section aria-label="Added">
        <h3 className="report-heading">Added</h3>
        <ul className="report-counts">
          {added.map((item) => (
            <li key={item.label} className={item.count === 0 ? 'none' : undefined}>
              <span className="report-count">{item.count.toLocaleString('en')}</span> {item.label}
              {item.note ? <span className="muted"> · {item.note}</span> : null}
            </li>
          ))}
        </ul>
        {report.coders.length > 0 ? (
          <p className="project-coders">
            Coded by <strong>{report.coders.join(', ')}</strong>
          </p>
        ) : null}
        {report.selectionsOffSentenceBoundaries > 0 ? (
          <p className="project-note">
            <Icon name="info" size={14} /> {plural(report.selectionsOffSentenceBoundaries, 'selection', 'selections')} of{' '}
            {report.selections.toLocaleString('en')} did not fall on sentence boundaries: each tags every sentence it touches.
          </p>
        ) : null}
      </section>
      <section aria-label="Not represented">
        <h3 className="report-heading">Not represented</h3>
        {report.notRepresented.length === 0 ? (
          <p className="report-nothing">
            <Icon name="check" /> Nothing: everything the file holds is in the notebook.
          </p>
        ) : (
          <ul className="report-lines">
            {report.notRepresented.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
      </section>
    </Modal>
  );
}
