import { useState, type ReactNode } from 'react';
import { isMac } from '../lib/platform';
import { Modal } from './Modal';

interface ConfirmRemovalDialogProps {
  title: string;
  /** What goes, in words: the researcher decides knowing the cost. */
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}

/** A destructive action's confirmation: Cancel has the focus, and the way back (undo) is named. */
export function ConfirmRemovalDialog({ title, children, confirmLabel, onConfirm, onClose }: ConfirmRemovalDialogProps) {
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      title={title}
      size="small"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" data-autofocus onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button danger"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              await onConfirm();
              onClose();
            }}
          >
            {confirmLabel}
          </button>
        </>
      }
    >
      {children}
      <p className="muted">You can undo this with {isMac ? '⌘Z' : 'Ctrl+Z'}.</p>
    </Modal>
  );
}
