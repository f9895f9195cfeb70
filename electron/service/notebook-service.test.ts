import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ensureDefaultNotebook } from '../../db';
import type { Dialogs, Shell } from './handlers';
import { OpenNotebookSession } from './notebook-session';
import { startNotebookService } from './notebook-service';

const cleanups: (() => void)[] = [];
afterEach(() => {
  vi.useRealTimers();
  for (const cleanup of cleanups.splice(0)) cleanup();
});

const page = { fromAppWindow: true, isMainFrame: true, url: 'themata://app/' };

function setUp() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-service-'));
  const session = new OpenNotebookSession(ensureDefaultNotebook(path.join(folder, 'Study.themata'), { coder: 'ana' }));
  const backupIfDue = vi.spyOn(session, 'backupIfDue').mockResolvedValue(null);
  const afterCall = vi.fn();
  const reportBackupFailure = vi.fn();
  const service = startNotebookService({
    session,
    dialogs: {} as Dialogs,
    shell: {} as Shell,
    isAppUrl: (url) => url.startsWith('themata://app/'),
    validateOutput: true,
    reportBackupFailure,
    afterCall,
  });
  cleanups.push(() => {
    session.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });
  return { session, service, backupIfDue, afterCall, reportBackupFailure };
}

describe('the notebook service', () => {
  it('answers calls through the validating wrapper, and says so after each one, refused or not', async () => {
    const { service, afterCall } = setUp();
    expect(await service.invoke('notebook:info', {}, page)).toMatchObject({ ok: true, value: { name: 'Study' } });
    expect(await service.invoke('notebook:info', { extra: 1 }, page)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await service.invoke('stats', {}, { ...page, url: 'https://example.org/' })).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(afterCall).toHaveBeenCalledTimes(3);
    await service.stop();
  });

  it('asks for the rolling backup once the calls settle, and once more when stopped', async () => {
    vi.useFakeTimers();
    const { service, backupIfDue } = setUp();
    await service.invoke('stats', {}, page);
    expect(backupIfDue).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(5000);
    expect(backupIfDue).toHaveBeenCalledTimes(1);
    await service.stop();
    expect(backupIfDue).toHaveBeenCalledTimes(2);
  });

  it('reports a backup that could not be made, and goes on answering', async () => {
    const { service, backupIfDue, reportBackupFailure } = setUp();
    backupIfDue.mockRejectedValue(new Error('disk full'));
    await service.stop();
    expect(reportBackupFailure).toHaveBeenCalledWith(new Error('disk full'));
    expect(await service.invoke('stats', {}, page)).toMatchObject({ ok: true });
  });
});
