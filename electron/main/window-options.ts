/**
 * The workspace window's options: every web preference the security checklist
 * asks for, set explicitly, and a size and place the researcher can see.
 */
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import type { AppPaths } from './paths';

export const MIN_SIZE = { width: 760, height: 520 } as const;
export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
/** How much of a remembered window must lie on a display for it to count as visible (enough to grab the title bar). */
const MIN_VISIBLE = { width: 160, height: 80 } as const;

export interface WindowOptionsInput {
  paths: Pick<AppPaths, 'preload' | 'icon'>;
  bounds: Rectangle;
  isDevelopment: boolean;
  /** The system's dark appearance: the window is painted dark before the page loads, so it shows no white flash. */
  dark: boolean;
}

export function workspaceWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...input.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Themata',
    show: false,
    backgroundColor: input.dark ? '#1d1c1a' : '#faf8f4',
    icon: input.paths.icon,
    webPreferences: {
      preload: input.paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // A middle click must not open a window either (the window-open handler denies it too).
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: true,
      devTools: input.isDevelopment,
    },
  };
}

/**
 * Where the window opens: the remembered bounds when enough of them is on a
 * display (shrunk and moved to fit that display), else the remembered or
 * default size centred on the primary display. Unplugging a monitor never
 * leaves the window off screen.
 */
export function visibleWindowBounds(remembered: Rectangle | null, workAreas: readonly Rectangle[], primary: Rectangle): Rectangle {
  if (remembered && isUsable(remembered)) {
    const area = bestArea(remembered, workAreas);
    if (area) return fitInside(remembered, area);
  }
  const size = remembered && isUsable(remembered) ? remembered : DEFAULT_SIZE;
  return centreIn(size, primary);
}

function bestArea(bounds: Rectangle, areas: readonly Rectangle[]): Rectangle | null {
  let best: Rectangle | null = null;
  let bestOverlap = 0;
  for (const area of areas) {
    const width = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
    const height = Math.min(bounds.y + bounds.height, area.y + area.height) - Math.max(bounds.y, area.y);
    if (width < MIN_VISIBLE.width || height < MIN_VISIBLE.height) continue;
    if (width * height > bestOverlap) {
      best = area;
      bestOverlap = width * height;
    }
  }
  return best;
}

function fitInside(bounds: Rectangle, area: Rectangle): Rectangle {
  const width = clamp(bounds.width, Math.min(MIN_SIZE.width, area.width), area.width);
  const height = clamp(bounds.height, Math.min(MIN_SIZE.height, area.height), area.height);
  return {
    x: clamp(bounds.x, area.x, area.x + area.width - width),
    y: clamp(bounds.y, area.y, area.y + area.height - height),
    width,
    height,
  };
}

function centreIn(size: { width: number; height: number }, area: Rectangle): Rectangle {
  const width = clamp(size.width, Math.min(MIN_SIZE.width, area.width), area.width);
  const height = clamp(size.height, Math.min(MIN_SIZE.height, area.height), area.height);
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  };
}

function isUsable(bounds: Rectangle): boolean {
  return [bounds.x, bounds.y, bounds.width, bounds.height].every(Number.isFinite) && bounds.width > 0 && bounds.height > 0;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}
