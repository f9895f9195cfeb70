import type { ThemataApi } from '../../electron/contract';

declare global {
  /** True in the browser build served by the loopback bridge (vite --mode web). */
  const __THEMATA_WEB__: boolean;

  interface Window {
    /** The notebook, installed by the preload (desktop) or the bridge (browser). Reach it only through lib/themata. */
    readonly themata: ThemataApi;
  }
}

export {};
