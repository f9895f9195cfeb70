import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Icon } from './Icon';

interface ModalProps {
  title: string;
  /** Shown under the title, in the muted voice. */
  description?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  size?: 'small' | 'medium' | 'large';
  className?: string;
  /** Hide the title visually (the palette shows its search field instead). */
  hideTitle?: boolean;
}

/**
 * A modal dialog on the native <dialog> element: the browser traps focus,
 * makes the rest of the window inert and closes on Escape.
 */
export function Modal({ title, description, onClose, children, footer, size = 'medium', className, hideTitle }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // React's autoFocus runs before the dialog opens; mark the control to focus with data-autofocus instead.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    const cancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', cancel);
    return () => {
      dialog.removeEventListener('cancel', cancel);
      if (dialog.open) dialog.close();
      if (returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`modal modal-${size}${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onMouseDown={(event) => {
        // A press on the backdrop (the dialog element itself, outside the panel) closes.
        if (event.target === ref.current) onClose();
      }}
    >
      <div className="modal-panel">
        <header className={hideTitle ? 'modal-header visually-hidden' : 'modal-header'}>
          <h2 id={titleId} className="modal-title">
            {title}
          </h2>
          {description ? (
            <p id={descriptionId} className="modal-description">
              {description}
            </p>
          ) : null}
        </header>
        {hideTitle ? null : (
          <button type="button" className="icon-button modal-close" aria-label="Close" onClick={onClose}>
            <Icon name="close" />
          </button>
        )}
        <div className="modal-body">{children}</div>
        {footer ? <footer className="modal-footer">{footer}</footer> : null}
      </div>
    </dialog>
  );
}
