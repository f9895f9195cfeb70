/**
 * Runs sandboxed before the page, in an isolated world: exposes the contract
 * API as window.themata and nothing else. Bundled into one CommonJS file,
 * because a sandboxed preload cannot load modules of its own.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildThemataApi, isAppPage } from './api';

if (isAppPage(window.location)) {
  contextBridge.exposeInMainWorld('themata', buildThemataApi(ipcRenderer));
}
