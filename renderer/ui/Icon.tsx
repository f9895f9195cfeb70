/** A small set of line icons, drawn inline so the app needs no icon font or image. */

const paths = {
  search: 'M11 11l3.5 3.5M7 12.5A5.5 5.5 0 1 0 7 1.5a5.5 5.5 0 0 0 0 11z',
  filter: 'M2 3h12l-4.5 5.5V13l-3 1.5V8.5z',
  export: 'M8 10V2M5 5l3-3 3 3M3 9v4.5h10V9',
  import: 'M8 2v8M5 7l3 3 3-3M3 9v4.5h10V9',
  undo: 'M5.5 4.5L2.5 7.5l3 3M2.5 7.5h7a4 4 0 0 1 0 8H7',
  redo: 'M10.5 4.5l3 3-3 3M13.5 7.5h-7a4 4 0 0 0 0 8H9',
  documents: 'M4 1.5h5.5L13 5v9.5H4zM9.5 1.5V5H13M6.5 8.5h4M6.5 11h4',
  themes: 'M2.5 3.5h3M2.5 8h3M2.5 12.5h3M8 3.5h5.5M8 8h5.5M8 12.5h5.5',
  note: 'M3 2.5h10v8l-3 3H3zM10 13.5v-3h3M5.5 6h5M5.5 8.5h3',
  plus: 'M8 3v10M3 8h10',
  close: 'M4 4l8 8M12 4l-8 8',
  check: 'M3 8.5l3 3 7-7',
  trash: 'M2.5 4h11M6 4V2.5h4V4M4 4l.8 10h6.4L12 4M6.8 6.5v5M9.2 6.5v5',
  merge: 'M4 2v3.5c0 2 1.5 3 4 4.5 2.5-1.5 4-2.5 4-4.5V2M8 10v4.5M5.5 12l2.5 2.5 2.5-2.5',
  grip: 'M6 3.5h.01M10 3.5h.01M6 8h.01M10 8h.01M6 12.5h.01M10 12.5h.01',
  up: 'M8 13V3M4 7l4-4 4 4',
  nest: 'M3.5 2.5v5.5h9M9.5 5l3 3-3 3',
  down: 'M8 3v10M4 9l4 4 4-4',
  chevronDown: 'M4 6l4 4 4-4',
  chevronRight: 'M6 4l4 4-4 4',
  keyboard: 'M1.5 4h13v8.5h-13zM4 6.5h.01M6.5 6.5h.01M9 6.5h.01M11.5 6.5h.01M4.5 10h7',
  chart: 'M2 14h12M4 14V8M7.5 14V3M11 14v-4',
  book: 'M2 3c2-1 4-1 6 .5 2-1.5 4-1.5 6-.5v10.5c-2-1-4-1-6 .5-2-1.5-4-1.5-6-.5zM8 3.5v10.5',
  codebook: 'M3 2.5h9.5v11H3zM5.5 5.5h4.5M5.5 8h4.5M5.5 10.5h2.5',
  /** Two coders' marks side by side: two columns with a check between them. */
  agreement: 'M2 3.5h4v9H2zM10 3.5h4v9h-4zM6.5 8.2l1.2 1.3 1.8-2.5',
  retrieve: 'M2.5 2.5v4.5M5 3.5h8.5M5 6h5.5M2.5 9v4.5M5 10h8.5M5 12.5h5.5',
  stack: 'M5.5 1.5h8v10M3.5 3.5h8v11h-8zM5.5 7.5h4M5.5 10h4',
  folder: 'M1.5 3.5h4.5l1.5 1.5h7v8.5h-13z',
  paste: 'M5 2.5h6v2H5zM5 3.5H3v11h10v-11h-2M5.5 8h5M5.5 10.5h5',
  notebook: 'M3.5 1.5h9v13h-9zM3.5 4.5H2M3.5 8H2M3.5 11.5H2M6 4.5h4',
  warning: 'M8 2l6.5 11.5h-13zM8 6.5v3.5M8 12h.01',
  help: 'M8 14.5a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13zM6.2 6.2a1.9 1.9 0 1 1 2.6 1.8c-.5.2-.8.6-.8 1.1v.4M8 11.5h.01',
  info: 'M8 14.5a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13zM8 7.5v4M8 5h.01',
  dot: 'M8 8h.01',
  restore: 'M2.6 9.5A5.5 5.5 0 1 0 3.7 4.2M3.5 1.8v2.7h2.7M8 5v3.2l2.2 1.3',
  person: 'M8 7.5a2.75 2.75 0 1 0 0-5.5 2.75 2.75 0 0 0 0 5.5zM2.5 14.5c0-3 2.5-5 5.5-5s5.5 2 5.5 5',
  eye: 'M1.5 8s2.5-4.5 6.5-4.5S14.5 8 14.5 8 12 12.5 8 12.5 1.5 8 1.5 8zM8 10a2 2 0 1 0 0-4 2 2 0 0 0 0 4z',
  lock: 'M3.5 7.5h9v7h-9zM5.5 7.5V5a2.5 2.5 0 0 1 5 0v2.5M8 10.5v1.5',
  lifebuoy: 'M8 14.5a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13zM8 10.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM3.4 3.4l2.8 2.8M9.8 9.8l2.8 2.8M12.6 3.4L9.8 6.2M6.2 9.8l-2.8 2.8',
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name, size = 16, className }: { name: IconName; size?: number; className?: string }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[name]} />
    </svg>
  );
}
