/**
 * What the workspace can do where it runs. The desktop app saves an export
 * through the system's save dialog and can show a file in its folder; the
 * browser workspace (npm run dev:web) has neither, so it downloads the export
 * and shows no control that would do nothing.
 */

export type Host = 'desktop' | 'browser';

export interface Capabilities {
  /** How an export leaves the app: written where the save dialog says, or downloaded by the browser. */
  export: 'save-dialog' | 'download';
  /** "Show in folder": the system's file manager, which a web page cannot open. */
  showInFolder: boolean;
  /** A menu bar, whose keys (Ctrl/⌘+1…4) switch views; a browser keeps those keys for its tabs. */
  menuBar: boolean;
}

export function capabilitiesOf(host: Host): Capabilities {
  return host === 'desktop' ? { export: 'save-dialog', showInFolder: true, menuBar: true } : { export: 'download', showInFolder: false, menuBar: false };
}

/** This build's: the browser build is the one that talks to the loopback bridge (Vite defines the flag; tests load no build). */
export const capabilities: Capabilities = capabilitiesOf(typeof __THEMATA_WEB__ !== 'undefined' && __THEMATA_WEB__ ? 'browser' : 'desktop');
