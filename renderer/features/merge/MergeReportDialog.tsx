import type { MergeReport } from '../../../electron/contract';
import { useNavigation } from '../../state/navigation';
import { Icon } from '../../ui/Icon';
import { Modal } from '../../ui/Modal';

const count = (n: number) => n.toLocaleString('en');
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

/** A few names, then how many more: a merge may add hundreds of documents. */
function someNames(names: readonly string[], shown = 3): string {
  const quoted = names.slice(0, shown).map((name) => `“${name}”`).join(', ');
  return names.length > shown ? `${quoted} and ${count(names.length - shown)} more` : quoted;
}

/** What merging another coder's work matched, added (per coder), found already here, and left out with each reason. */
export function MergeReportDialog({ report }: { report: MergeReport }) {
  const navigation = useNavigation();
  const { added, matched, alreadyPresent } = report;
  const addedCounts = [
    { one: 'document', many: 'documents', count: added.documents.length },
    { one: 'theme', many: 'themes', count: added.themes.length },
    { one: 'tag', many: 'tags', count: added.tags },
    { one: 'note', many: 'notes', count: added.notes },
    { one: 'done mark', many: 'done marks', count: added.doneMarks },
  ];
  const present = [plural(alreadyPresent.tags, 'tag', 'tags'), plural(alreadyPresent.notes, 'note', 'notes'), plural(alreadyPresent.doneMarks, 'done mark', 'done marks')].join(', ');
  const leftOut = [
    ...report.leftOut.map((l) => `${plural(l.count, l.what === 'done marks' ? 'done mark' : l.what.replace(/s$/, ''), l.what)}: ${l.reason}`),
    ...report.notCarried,
  ];
  return (
    <Modal
      title={report.changed ? `Merged “${report.file}”` : `Nothing new in “${report.file}”`}
      description={report.changed ? 'As one step: Undo takes all of it back. Nothing already in this notebook was changed.' : `Everything it holds is already in this notebook (${present}); nothing changed.`}
      size="medium"
      className="merge-report"
      onClose={() => navigation.closeDialog()}
      footer={
        <button type="button" className="button primary" data-autofocus onClick={() => navigation.closeDialog()}>
          Done
        </button>
      }
    >
      <section aria-label="Matched">
        <h3 className="report-heading">Matched</h3>
        <p className="merge-matched">
          {plural(matched.documents, 'document', 'documents')} with the same text and {plural(matched.themes, 'theme', 'themes')} of the codebook were
          already in this notebook.
        </p>
      </section>
      {report.changed ? (
        <section aria-label="Added">
          <h3 className="report-heading">Added</h3>
          <ul className="report-counts">
            {addedCounts.map((item) => (
              <li key={item.many} className={item.count === 0 ? 'none' : undefined}>
                <span className="report-count">{count(item.count)}</span> {item.count === 1 ? item.one : item.many}
              </li>
            ))}
          </ul>
          {added.documents.length > 0 ? <p className="merge-names">New documents: {someNames(added.documents)}</p> : null}
          {added.themes.length > 0 ? <p className="merge-names">New themes: {someNames(added.themes)}</p> : null}
          {added.coders.length > 0 ? (
            <table className="merge-coders">
              <caption className="report-heading">By coder</caption>
              <thead>
                <tr>
                  <th scope="col">Coder</th>
                  <th scope="col">Tags</th>
                  <th scope="col">Notes</th>
                  <th scope="col">Done marks</th>
                </tr>
              </thead>
              <tbody>
                {added.coders.map((coder) => (
                  <tr key={coder.coder}>
                    <th scope="row">{coder.coder}</th>
                    <td>{count(coder.tags)}</td>
                    <td>{count(coder.notes)}</td>
                    <td>{count(coder.doneMarks)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <p className="merge-present muted">Already in this notebook: {present}.</p>
        </section>
      ) : null}
      <section aria-label="Left out">
        <h3 className="report-heading">Left out</h3>
        {leftOut.length === 0 ? (
          <p className="report-nothing">
            <Icon name="check" /> Nothing: all of the other coder’s work is in this notebook.
          </p>
        ) : (
          <ul className="report-lines">
            {leftOut.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
      </section>
      {report.remarks.length > 0 ? (
        <section aria-label="Worth knowing">
          <h3 className="report-heading">Worth knowing</h3>
          <ul className="report-lines">
            {report.remarks.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </Modal>
  );
}
