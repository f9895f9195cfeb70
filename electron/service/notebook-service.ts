/**
 * The notebook as the page reaches it, in the desktop app and the bridge
 * alike: the handler table behind the validating wrapper, and the rolling
 * backup asked for after every call. Each transport (ipcMain, HTTP) only
 * passes calls to `invoke`.
 */
import { createHandlers, type HandlerDeps } from './handlers';
import { startRollingBackups } from './rolling-backups';
import { createInvoke, type Invoke, type InvokeOptions } from './wrapper';

export interface NotebookServiceOptions extends HandlerDeps, Omit<InvokeOptions, 'handlers'> {
  /** A rolling backup that could not be made: the app goes on, and says so where it can. */
  reportBackupFailure: (error: unknown) => void;
  /** Told after every call, refused or not (the desktop app renames Undo and Redo in its Edit menu). */
  afterCall?: () => void;
}

export interface NotebookService {
  invoke: Invoke;
  /** Asks for the rolling backup once more and stops asking; the session stays open for its owner to close. */
  stop(): Promise<void>;
}

export function startNotebookService({ reportBackupFailure, afterCall, isAppUrl, validateOutput, logFailure, ...deps }: NotebookServiceOptions): NotebookService {
  const call = createInvoke({ handlers: createHandlers(deps), isAppUrl, validateOutput, ...(logFailure ? { logFailure } : {}) });
  const backups = startRollingBackups({ backUpIfDue: () => deps.session.backupIfDue(), report: reportBackupFailure });
  return {
    invoke: async (channel, input, sender) => {
      const result = await call(channel, input, sender);
      afterCall?.();
      backups.afterCall();
      return result;
    },
    stop: () => backups.stop(),
  };
}
