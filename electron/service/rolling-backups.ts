/**
 * The rolling backup, in the desktop app and the bridge alike: asked for once
 * the calls from the page settle (so the first change of a session is backed
 * up soon after it is made), every few minutes (so a change made just before
 * a quiet hour is backed up when the hour is up), and once more when the app
 * quits. The notebook decides whether one is due; asking costs one query.
 */
export interface RollingBackupsOptions {
  /** Makes the backup when one is due; rejects when one could not be made. */
  backUpIfDue: () => Promise<unknown>;
  /** A backup that could not be made: the app goes on, and says so where it can. */
  report: (error: unknown) => void;
  /** How long the calls must pause before asking. */
  settleMs?: number;
  /** How often to ask regardless. */
  everyMs?: number;
}

export interface RollingBackups {
  /** A call from the page may have changed the notebook. */
  afterCall(): void;
  /** Stops asking, after asking once more (quitting, closing the bridge). */
  stop(): Promise<void>;
}

export function startRollingBackups({ backUpIfDue, report, settleMs = 2000, everyMs = 5 * 60 * 1000 }: RollingBackupsOptions): RollingBackups {
  let settling: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let waiting = false;
  // One at a time, and at most one waiting: a second ask while one waits would learn nothing new.
  const ask = (): Promise<void> => {
    if (waiting) return running;
    waiting = true;
    running = running.then(() => {
      waiting = false;
      return backUpIfDue().then(() => undefined, report);
    });
    return running;
  };
  const every = setInterval(() => void ask(), everyMs);
  // Neither timer keeps a quitting process alive.
  every.unref?.();

  return {
    afterCall() {
      if (stopped) return;
      if (settling) clearTimeout(settling);
      settling = setTimeout(() => {
        settling = null;
        void ask();
      }, settleMs);
      settling.unref?.();
    },
    async stop() {
      if (stopped) return running;
      stopped = true;
      clearInterval(every);
      if (settling) clearTimeout(settling);
      await ask();
    },
  };
}
