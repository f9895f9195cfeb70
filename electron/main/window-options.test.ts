import path from 'node:path';
import type { WebPreferences } from 'electron';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appPaths } from './paths';
import { DEFAULT_SIZE, visibleWindowBounds, workspaceWindowOptions, type WindowOptionsInput } from './window-options';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1440 };

/**
 * Electron 45's documented defaults (electron.d.ts, WebPreferences) for the
 * preferences the security checklist names: an option left out means this.
 */
const ELECTRON_DEFAULTS = {
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
  devTools: true,
} as const satisfies WebPreferences;

/** What Electron does with a preference, whether it is written out or left to its default. */
function effective<K extends keyof typeof ELECTRON_DEFAULTS>(preferences: WebPreferences, key: K): boolean {
  return preferences[key] ?? ELECTRON_DEFAULTS[key];
}

/** Any window the app can open: in development or packaged, anywhere on any display, light or dark. */
const anyWindow: fc.Arbitrary<WindowOptionsInput> = fc.record({
  paths: fc.constantFrom('/src/themata', '/opt/Themata/resources/app.asar').map((appPath) => appPaths({ appPath, userData: '/u' })),
  bounds: fc.record({ x: fc.integer(), y: fc.integer(), width: fc.nat(), height: fc.nat() }),
  isDevelopment: fc.boolean(),
  dark: fc.boolean(),
});

function holdsForEveryWindow(check: (input: WindowOptionsInput, preferences: WebPreferences) => void): void {
  fc.assert(fc.property(anyWindow, (input) => check(input, workspaceWindowOptions(input).webPreferences ?? {})));
}

describe('the workspace window, however its options are written', () => {
  it('isolates the page from the preload, sandboxes it, and gives no frame or worker Node', () => {
    holdsForEveryWindow((_input, preferences) => {
      expect(effective(preferences, 'contextIsolation')).toBe(true);
      expect(effective(preferences, 'sandbox')).toBe(true);
      expect(effective(preferences, 'nodeIntegration')).toBe(false);
      expect(effective(preferences, 'nodeIntegrationInWorker')).toBe(false);
      expect(effective(preferences, 'nodeIntegrationInSubFrames')).toBe(false);
    });
  });

  it('keeps web security on, with no insecure content, experimental features, <webview> or remote module', () => {
    holdsForEveryWindow((_input, preferences) => {
      expect(effective(preferences, 'webSecurity')).toBe(true);
      expect(effective(preferences, 'allowRunningInsecureContent')).toBe(false);
      expect(effective(preferences, 'experimentalFeatures')).toBe(false);
      expect(effective(preferences, 'webviewTag')).toBe(false);
      // Electron 14 removed the remote module; an old option naming it must not come back.
      expect(Object.keys(preferences)).not.toContain('enableRemoteModule');
    });
  });

  it('does not navigate away when a file or link is dropped, nor open anything on a middle click', () => {
    holdsForEveryWindow((_input, preferences) => {
      expect(effective(preferences, 'navigateOnDragDrop')).toBe(false);
      expect(preferences.disableBlinkFeatures?.split(',')).toContain('Auxclick');
    });
  });

  it('has developer tools in development only', () => {
    holdsForEveryWindow((input, preferences) => {
      expect(effective(preferences, 'devTools')).toBe(input.isDevelopment);
    });
  });

  it("loads the app's own preload, by an absolute path as Electron requires (packaging.test.ts: the one the build writes)", () => {
    holdsForEveryWindow((input, preferences) => {
      expect(preferences.preload).toBe(input.paths.preload);
      expect(path.isAbsolute(preferences.preload ?? '')).toBe(true);
    });
  });

  it('opens where it is told, and only once its page can be painted (no white flash)', () => {
    holdsForEveryWindow((input) => {
      expect(workspaceWindowOptions(input)).toMatchObject({ ...input.bounds, show: false });
    });
  });
});

describe('visibleWindowBounds', () => {
  it('centres the default size on the primary display the first time', () => {
    expect(visibleWindowBounds(null, [laptop], laptop)).toEqual({
      x: (1440 - DEFAULT_SIZE.width) / 2,
      y: (900 - DEFAULT_SIZE.height) / 2,
      ...DEFAULT_SIZE,
    });
  });

  it('keeps remembered bounds that are on a display', () => {
    const bounds = { x: 1600, y: 100, width: 1200, height: 800 };
    expect(visibleWindowBounds(bounds, [laptop, rightMonitor], laptop)).toEqual(bounds);
  });

  it('brings back a window from a monitor that was unplugged, keeping its size', () => {
    const onGoneMonitor = { x: 1600, y: 100, width: 1200, height: 800 };
    expect(visibleWindowBounds(onGoneMonitor, [laptop], laptop)).toEqual({ x: 120, y: 50, width: 1200, height: 800 });
  });

  it('moves a window that hangs off the edge fully onto its display', () => {
    expect(visibleWindowBounds({ x: 1000, y: 500, width: 1000, height: 700 }, [laptop], laptop)).toEqual({
      x: 440,
      y: 200,
      width: 1000,
      height: 700,
    });
  });

  it('shrinks a window larger than the display it is on', () => {
    expect(visibleWindowBounds({ x: 0, y: 0, width: 3000, height: 2000 }, [laptop], laptop)).toEqual(laptop);
  });

  it('treats a sliver on screen as off screen', () => {
    const sliver = { x: 1400, y: 100, width: 1000, height: 700 };
    expect(visibleWindowBounds(sliver, [laptop], laptop)).toEqual({ x: 220, y: 100, width: 1000, height: 700 });
  });

  it('ignores nonsense bounds from a damaged settings file', () => {
    expect(visibleWindowBounds({ x: Number.NaN, y: 0, width: -5, height: 10 }, [laptop], laptop)).toEqual(
      visibleWindowBounds(null, [laptop], laptop),
    );
  });
});
