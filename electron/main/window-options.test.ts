import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, MIN_SIZE, visibleWindowBounds, workspaceWindowOptions } from './window-options';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('workspaceWindowOptions', () => {
  const options = workspaceWindowOptions({
    preloadPath: '/app/dist/electron/preload/index.cjs',
    bounds: { x: 10, y: 20, width: 1000, height: 700 },
    isDevelopment: false,
    backgroundColor: '#faf8f4',
  });

  it('isolates and sandboxes the page', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      preload: '/app/dist/electron/preload/index.cjs',
    });
  });

  it('has no developer tools in the packaged app', () => {
    expect(options.webPreferences?.devTools).toBe(false);
  });

  it('uses the given bounds and a minimum size, and waits to be shown', () => {
    expect(options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, minWidth: MIN_SIZE.width, minHeight: MIN_SIZE.height, show: false });
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
