import type { SalvageReport } from '../../../electron/contract';
import { capabilities } from '../../lib/capabilities';
import { useNavigation } from '../../state/navigation';
import { Icon } from '../../ui/Icon';
import { Modal } from '../../ui/Modal';
import { useDocuments } from '../documents/document-actions';
import { copiedCounts, fileName, folderOf, notebookName } from './salvage-offer';

/** After a salvage: the copy is open; what it holds, and what was left behind. */
export function SalvageReportDialog({ report }: { report: SalvageReport }) {
  const documents = useDocuments();
  const navigation = useNavigation();
  return (
    <Modal
      title={`Salvaged into “${notebookName(report.target)}”`}
      description={`The copy is open now; the original, ${fileName(report.source)}, was not changed.`}
      size="medium"
      className="salvage-report"
      onClose={() => navigation.closeDialog()}
      footer={
        <>
          {capabilities.showInFolder ? (
            <button type="button" className="button" onClick={() => void documents.revealNotebook()}>
              <Icon name="folder" /> Show in folder
            </button>
          ) : null}
          <button type="button" className="button primary" data-autofocus onClick={() => navigation.closeDialog()}>
            Done
          </button>
        </>
      }
    >
      <div className="salvage-file">
        <Icon name="check" size={20} className="salvage-file-icon salvaged" />
        <span className="salvage-file-name">{fileName(report.target)}</span>
        <span className="salvage-file-folder" title={report.target}>
          {folderOf(report.target)}
        </span>
      </div>
      <section aria-label="Copied">
        <h3 className="report-heading">Copied</h3>
        <ul className="report-counts">
          {copiedCounts(report).map((item) => (
            <li key={item.label} className={item.count === 0 ? 'none' : undefined}>
              <span className="report-count">{item.count.toLocaleString()}</span> {item.label}
            </li>
          ))}
        </ul>
      </section>
      <section aria-label="Left out">
        <h3 className="report-heading">Left out</h3>
        {report.leftOut.length === 0 ? (
          <p className="report-nothing">
            <Icon name="check" /> Nothing: every row Themata understands was copied.
          </p>
        ) : (
          <ul className="report-lines">
            {report.leftOut.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </section>
    </Modal>
  );
}
