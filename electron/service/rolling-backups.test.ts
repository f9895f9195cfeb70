import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startRollingBackups } from './rolling-backups';

describe('the rolling backup in the app', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function start() {
    const backUpIfDue = vi.fn(async () => null);
    const report = vi.fn();
    const backups = startRollingBackups({ backUpIfDue, report, settleMs: 2000, everyMs: 300_000 });
    return { backups, backUpIfDue, report };
  }

  it('asks once when a burst of calls settles', async () => {
    const { backups, backUpIfDue } = start();
    for (let i = 0; i < 20; i++) {
      backups.afterCall();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(backUpIfDue).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2000);
    expect(backUpIfDue).toHaveBeenCalledTimes(1);
    await backups.stop();
  });

  it('asks every few minutes without calls, and once more when stopped, then never again', async () => {
    const { backups, backUpIfDue } = start();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(backUpIfDue).toHaveBeenCalledTimes(2);
    await backups.stop();
    expect(backUpIfDue).toHaveBeenCalledTimes(3);
    backups.afterCall();
    await vi.advanceTimersByTimeAsync(900_000);
    expect(backUpIfDue).toHaveBeenCalledTimes(3);
  });

  it('reports a backup that failed and goes on asking', async () => {
    const { backups, backUpIfDue, report } = start();
    const failure = new Error('There is not enough space on the disk to back up Study.themata.');
    backUpIfDue.mockRejectedValueOnce(failure);
    backups.afterCall();
    await vi.advanceTimersByTimeAsync(2000);
    expect(report).toHaveBeenCalledWith(failure);
    backups.afterCall();
    await vi.advanceTimersByTimeAsync(2000);
    expect(backUpIfDue).toHaveBeenCalledTimes(2);
    await backups.stop();
  });

  it('never asks twice at once', async () => {
    let running = 0;
    let most = 0;
    const backUpIfDue = vi.fn(async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5000));
      running -= 1;
      return null;
    });
    const backups = startRollingBackups({ backUpIfDue, report: vi.fn(), settleMs: 1000, everyMs: 1500 });
    backups.afterCall();
    await vi.advanceTimersByTimeAsync(20_000);
    const stopped = backups.stop();
    await vi.advanceTimersByTimeAsync(100_000);
    await stopped;
    expect(most).toBe(1);
  });
});
