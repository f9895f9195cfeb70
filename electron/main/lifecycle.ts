/**
 * The app's life after start-up: the window comes back when the dock icon is
 * clicked, the app quits when its window closes (except on macOS, where apps
 * stay open), the last changes get their rolling backup before it goes, and
 * the notebook is closed last, releasing its lock for the CLI or the next launch.
 */

/** What this needs of Electron's app. */
export interface LifecycleApp {
  on(event: 'activate', listener: () => void): unknown;
  on(event: 'window-all-closed', listener: () => void): unknown;
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  on(event: 'will-quit', listener: () => void): unknown;
  quit(): void;
}

export interface LifecycleDeps {
  platform: NodeJS.Platform;
  showWindow: () => void;
  /** The last rolling backup; resolves once it is done, made or not (a failure is reported where it happens). */
  backUp: () => Promise<void>;
  closeNotebook: () => void;
}

export function manageLifecycle(app: LifecycleApp, { platform, showWindow, backUp, closeNotebook }: LifecycleDeps): void {
  app.on('activate', () => showWindow());
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });
  let backedUp = false;
  app.on('before-quit', (event) => {
    if (backedUp) return;
    event.preventDefault();
    backedUp = true;
    void backUp().finally(() => app.quit());
  });
  app.on('will-quit', () => closeNotebook());
}
