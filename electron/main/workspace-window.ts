/**
 * The one workspace window: opened where the researcher left it (or on a
 * visible display), remembered when closed, titled with the notebook's name.
 */
import { BrowserWindow, nativeTheme, screen } from 'electron';
import type { AppPaths } from './paths';
import { APP_ENTRY_URL } from '../service/security-rules';
import type { SettingsStore } from './settings';
import { visibleWindowBounds, workspaceWindowOptions } from './window-options';

export interface WorkspaceWindowInput {
  paths: AppPaths;
  settings: SettingsStore;
  isDevelopment: boolean;
  title: string;
}

export function openWorkspaceWindow({ paths, settings, isDevelopment, title }: WorkspaceWindowInput): BrowserWindow {
  const primary = screen.getPrimaryDisplay().workArea;
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  // The options come from workspaceWindowOptions (isolated, sandboxed; see window-options.test.ts),
  // which a static scan cannot follow.
  const window = new BrowserWindow( // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
    workspaceWindowOptions({
      paths,
      bounds: visibleWindowBounds(settings.current.windowBounds, workAreas, primary),
      isDevelopment,
      dark: nativeTheme.shouldUseDarkColors,
    }),
  );
  if (settings.current.windowMaximized) window.maximize();
  window.setTitle(title);
  // The window's title names the notebook; the page's <title> does not replace it.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    settings.update((s) => ({ ...s, windowBounds: window.getNormalBounds(), windowMaximized: window.isMaximized() }));
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/** "Study — Themata"; a notebook that can only be read says so, as desktop editors do. */
export function windowTitle(notebookName: string, readOnly = false): string {
  return `${notebookName}${readOnly ? ' (read-only)' : ''} — Themata`;
}
