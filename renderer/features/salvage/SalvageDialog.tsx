import { useState } from 'react';
import { useNavigation } from '../../state/navigation';
import type { SalvageOffer } from '../../state/workspace-state';
import { Icon } from '../../ui/Icon';
import { Modal } from '../../ui/Modal';
import { useDocuments } from '../documents/document-actions';
import { fileName, folderOf, notebookName } from './salvage-offer';

/**
 * A notebook Themata refused to open: why, in plain words, and the way out:
 * a salvaged copy (or, for damage, a backup). Cancel has the focus: nothing
 * happens unless the researcher asks for it.
 */
export function SalvageDialog({ offer }: { offer: SalvageOffer }) {
  const documents = useDocuments();
  const navigation = useNavigation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const untrusted = offer.reason === 'untrusted-notebook';
  const name = notebookName(offer.path);

  const salvage = async () => {
    setBusy(true);
    setFailure(null);
    // On success the workspace opens the copy and shows what was salvaged in place of this dialog.
    const failed = await documents.salvage(offer.path);
    setBusy(false);
    setFailure(failed);
  };

  return (
    <Modal
      title={untrusted ? `Themata didn’t open “${name}”` : `“${name}” is damaged`}
      size="medium"
      className="salvage-dialog"
      onClose={() => navigation.closeDialog()}
      footer={
        <>
          <button type="button" className="button" data-autofocus onClick={() => navigation.closeDialog()}>
            Cancel
          </button>
          <button type="button" className="button primary" disabled={busy} onClick={() => void salvage()}>
            <Icon name="lifebuoy" /> {busy ? 'Salvaging…' : 'Salvage a copy…'}
          </button>
        </>
      }
    >
      <div className="salvage-file">
        <Icon name={untrusted ? 'warning' : 'notebook'} size={20} className={untrusted ? 'salvage-file-icon untrusted' : 'salvage-file-icon damaged'} />
        <span className="salvage-file-name">{fileName(offer.path)}</span>
        <span className="salvage-file-folder" title={offer.path}>
          {folderOf(offer.path)}
        </span>
      </div>
      {untrusted ? (
        <>
          <p>
            This file contains instructions that Themata did not write: SQL added by another program, or by hand. To
            protect your work, Themata did not open it, and nothing in it has run.
          </p>
          <p>
            <strong>Salvage a copy</strong> makes a new notebook with the documents, sentences, themes, tags, notes and
            history Themata understands, and leaves those instructions behind. The file itself stays as it is.
          </p>
        </>
      ) : (
        <>
          <p>Part of this file can’t be read, so Themata did not open it and wrote nothing to it.</p>
          <p>
            <strong>Salvage a copy</strong> makes a new notebook with everything that can still be read. The other way
            out is to restore a backup of this notebook.
          </p>
        </>
      )}
      <details className="salvage-details">
        <summary>Details</summary>
        <p>{offer.message}</p>
      </details>
      {failure ? (
        <p className="salvage-failure" role="alert">
          <Icon name="warning" /> <span>{failure}</span>
        </p>
      ) : null}
    </Modal>
  );
}
