import { describe, expect, it, vi } from 'vitest';
import { manageLifecycle, type LifecycleApp, type LifecycleDeps } from './lifecycle';

/** An app that quits as Electron's does: before-quit (which may prevent it), then will-quit. */
function fakeApp() {
  const listeners = new Map<string, (event: { preventDefault(): void }) => void>();
  const app = {
    on: (event: string, listener: (event: { preventDefault(): void }) => void) => void listeners.set(event, listener),
    quit: vi.fn(() => {
      let prevented = false;
      listeners.get('before-quit')?.({ preventDefault: () => void (prevented = true) });
      if (!prevented) listeners.get('will-quit')?.({ preventDefault: () => {} });
    }),
  } as LifecycleApp & { quit: ReturnType<typeof vi.fn> };
  const fire = (event: string) => listeners.get(event)?.({ preventDefault: () => {} });
  return { app, fire };
}

function setUp(platform: NodeJS.Platform, backUp: LifecycleDeps['backUp'] = async () => {}) {
  const { app, fire } = fakeApp();
  const deps = { platform, showWindow: vi.fn(), backUp: vi.fn(backUp), closeNotebook: vi.fn() };
  manageLifecycle(app, deps);
  return { app, fire, deps };
}

describe('the app after start-up', () => {
  it('quits when its window closes on Windows and Linux, and stays open on macOS', () => {
    const linux = setUp('linux');
    linux.fire('window-all-closed');
    expect(linux.app.quit).toHaveBeenCalled();
    const mac = setUp('darwin');
    mac.fire('window-all-closed');
    expect(mac.app.quit).not.toHaveBeenCalled();
  });

  it('shows the window again when the dock icon is clicked', () => {
    const { fire, deps } = setUp('darwin');
    fire('activate');
    expect(deps.showWindow).toHaveBeenCalled();
  });

  it('backs up the last changes before quitting, then closes the notebook once', async () => {
    let finishBackup = () => {};
    const { app, deps } = setUp('linux', () => new Promise<void>((resolve) => (finishBackup = resolve)));
    app.quit();
    expect(deps.backUp).toHaveBeenCalledTimes(1);
    expect(deps.closeNotebook).not.toHaveBeenCalled();
    finishBackup();
    await vi.waitFor(() => expect(deps.closeNotebook).toHaveBeenCalledTimes(1));
    expect(deps.backUp).toHaveBeenCalledTimes(1);
  });
});
