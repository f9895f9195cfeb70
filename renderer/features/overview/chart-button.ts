import type { KeyboardEvent } from 'react';

/** Props that make an SVG shape act as a button for mouse and keyboard. */
export function chartButton(label: string, activate: () => void) {
  return {
    role: 'button',
    tabIndex: 0,
    'aria-label': label,
    className: 'chart-target',
    onClick: activate,
    onKeyDown: (event: KeyboardEvent<SVGElement>) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        activate();
      }
    },
  } as const;
}
