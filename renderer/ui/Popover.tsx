import { useCallback, useEffect, useId, useRef, useState, type CSSProperties, type ReactNode } from 'react';

interface PopoverProps {
  /** The trigger's accessible name. */
  label: string;
  trigger: ReactNode;
  triggerClassName?: string;
  title?: string;
  align?: 'start' | 'end';
  children: (close: () => void) => ReactNode;
  className?: string;
  /** The trigger is disabled; `title` says why. */
  disabled?: boolean;
  /**
   * Placed against the window rather than the trigger's box: for a trigger in
   * a side panel, whose overflow would otherwise cut the panel off.
   */
  escapeClipping?: boolean;
}

/** Where a panel placed against the window goes: under the trigger, kept inside the window. */
function placeUnder(trigger: HTMLElement): CSSProperties {
  const rect = trigger.getBoundingClientRect();
  const margin = 8;
  const widest = Math.min(360, window.innerWidth * 0.9);
  return { position: 'fixed', top: rect.bottom + 6, left: Math.max(margin, Math.min(rect.left, window.innerWidth - widest - margin)) };
}

/** A panel that drops from a toolbar button; closes on Escape, on a click outside, and on leaving it. */
export function Popover({ label, trigger, triggerClassName = 'button ghost', title, align = 'start', children, className, disabled = false, escapeClipping = false }: PopoverProps) {
  const [open, setOpen] = useState(false);
  const [placed, setPlaced] = useState<CSSProperties | undefined>(undefined);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const close = useCallback(() => setOpen(false), []);
  const wasOpen = useRef(false);

  // Closing from inside (a choice, Escape) gives focus back to the trigger.
  useEffect(() => {
    if (open) {
      wasOpen.current = true;
      return;
    }
    if (!wasOpen.current) return;
    wasOpen.current = false;
    const active = document.activeElement;
    if (!active || active === document.body || root.current?.contains(active)) button.current?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        setOpen(false);
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey, true);
    // Move focus into the panel, to its first control.
    const first = root.current?.querySelector<HTMLElement>('.popover-panel input, .popover-panel button, .popover-panel [tabindex]');
    first?.focus();
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey, true);
    };
  }, [open]);

  return (
    <div className="popover" ref={root}>
      <button
        ref={button}
        type="button"
        className={triggerClassName}
        aria-label={label}
        title={title}
        aria-expanded={open}
        disabled={disabled}
        aria-controls={open ? panelId : undefined}
        onClick={() => {
          if (escapeClipping && button.current) setPlaced(placeUnder(button.current));
          setOpen((o) => !o);
        }}
      >
        {trigger}
      </button>
      {open && !disabled ? (
        <div id={panelId} className={`popover-panel align-${align}${className ? ` ${className}` : ''}`} style={escapeClipping ? placed : undefined} role="dialog" aria-label={label}>
          {children(close)}
        </div>
      ) : null}
    </div>
  );
}
