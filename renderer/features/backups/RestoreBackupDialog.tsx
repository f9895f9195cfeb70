import { useEffect, useId, useState } from 'react';
import type { Backup } from '../../../electron/contract';
import { useWorkspaceState } from '../../state/session-context';
import { useNavigation } from '../../state/navigation';
import { Icon } from '../../ui/Icon';
import { Modal } from '../../ui/Modal';
import { useBackups } from './backup-actions';
import { countInWords, REASON_IN_WORDS, sizeInWords, whenInFull, whenInWords } from './backup-words';

/** File > Restore from a Backup…: the open notebook's backups, one chosen, and a confirmation naming what happens. */
export function RestoreBackupDialog() {
  const backupActions = useBackups();
  const navigation = useNavigation();
  const notebook = useWorkspaceState((s) => s.notebook);
  const [backups, setBackups] = useState<Backup[] | null>(null);
  const [chosen, setChosen] = useState<Backup | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const listId = useId();
  const readOnly = notebook?.readOnly === true;

  useEffect(() => {
    let current = true;
    void backupActions.list().then((listed) => {
      if (!current) return;
      setBackups(listed ?? []);
      setChosen(listed?.find((b) => b.sentenceCount !== null) ?? null);
    });
    return () => {
      current = false;
    };
  }, [backupActions]);

  const close = () => navigation.closeDialog();
  const restore = async () => {
    if (!chosen) return;
    setRestoring(true);
    const restored = await backupActions.restore(chosen);
    // On success the workspace starts over on the restored notebook and this dialog is gone.
    if (!restored) {
      setRestoring(false);
      setConfirming(false);
    }
  };

  if (confirming && chosen) {
    return (
      // A dialog of its own (not new content in the same one), so it opens with Back focused.
      <Modal
        key="confirm"
        title="Restore this backup?"
        size="small"
        className="restore-backup-dialog"
        onClose={() => setConfirming(false)}
        footer={
          <>
            <button type="button" className="button" data-autofocus disabled={restoring} onClick={() => setConfirming(false)}>
              Back
            </button>
            <button type="button" className="button primary" disabled={restoring} onClick={() => void restore()}>
              {restoring ? 'Restoring…' : 'Restore Backup'}
            </button>
          </>
        }
      >
        <p>
          <strong>{notebook?.name ?? 'The notebook'}</strong> will hold what it held on <strong>{whenInFull(chosen.createdAt)}</strong>:{' '}
          {countInWords(chosen.sentenceCount, 'sentence')} and {countInWords(chosen.tagCount, 'tag')}.
        </p>
        <p className="restore-safety">
          <Icon name="check" />
          <span>The notebook’s current state is backed up first, so you can come back to it from this list.</span>
        </p>
      </Modal>
    );
  }

  return (
    <Modal
      key="choose"
      title="Restore from a Backup"
      description={
        <>
          Backups of <strong>{notebook?.name ?? 'this notebook'}</strong>, newest first. Themata keeps one an hour while you work, the newest of each of the last 7 days, and one before every upgrade or restore.
        </>
      }
      className="restore-backup-dialog"
      onClose={close}
      footer={
        <>
          <span className="muted">{readOnly ? 'This notebook can only be read, so a backup cannot replace it.' : ''}</span>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button
            type="button"
            className="button primary"
            data-autofocus
            disabled={!chosen || readOnly}
            onClick={() => setConfirming(true)}
          >
            Restore…
          </button>
        </>
      }
    >
      {backups === null ? (
        <p className="backups-empty" aria-busy="true">
          Looking for backups…
        </p>
      ) : backups.length === 0 ? (
        <div className="backups-empty">
          <Icon name="restore" size={28} />
          <p className="backups-empty-title">No backups yet</p>
          <p className="muted">Themata makes the first one shortly after your first change, then at most one an hour while you work.</p>
        </div>
      ) : (
        <div className="backup-table">
          <div className="backup-columns" aria-hidden="true">
            <span>When</span>
            <span>Why</span>
            <span className="number">Sentences</span>
            <span className="number">Tags</span>
            <span className="number">Size</span>
          </div>
          <div className="backup-list" role="radiogroup" aria-label="Backups" id={listId}>
            {backups.map((backup) => {
              const unreadable = backup.sentenceCount === null;
              const selected = chosen?.path === backup.path;
              return (
                <label key={backup.path} className={`backup-row${selected ? ' selected' : ''}${unreadable ? ' unreadable' : ''}`} title={whenInFull(backup.createdAt)}>
                  <input
                    type="radio"
                    name={listId}
                    checked={selected}
                    disabled={unreadable}
                    onChange={() => setChosen(backup)}
                    aria-label={`${whenInFull(backup.createdAt)}, ${REASON_IN_WORDS[backup.reason].toLowerCase()}, ${countInWords(backup.sentenceCount, 'sentence')}, ${countInWords(backup.tagCount, 'tag')}, ${sizeInWords(backup.sizeBytes)}`}
                  />
                  <span className="backup-when">{whenInWords(backup.createdAt)}</span>
                  <span className={`backup-why reason-${backup.reason}`}>{unreadable ? 'Cannot be read' : REASON_IN_WORDS[backup.reason]}</span>
                  <span className="number">{backup.sentenceCount?.toLocaleString() ?? '—'}</span>
                  <span className="number">{backup.tagCount?.toLocaleString() ?? '—'}</span>
                  <span className="number muted">{sizeInWords(backup.sizeBytes)}</span>
                </label>
              );
            })}
          </div>
        </div>
      )}
    </Modal>
  );
}
