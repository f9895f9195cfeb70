import { describe, expect, it, vi } from 'vitest';
import { NotebookError, type Notebook } from '../../db';
import type { NotebookInfo } from '../contract';
import type { Emit } from '../service/events';
import { OpenRequests } from '../service/open-requests';
import { openFromOutside, type OpenOutsideDeps } from './open-outside';

function infoOf(notebookPath: string): NotebookInfo {
  return { path: notebookPath, name: notebookPath.replace(/^.*\/|\.themata$/g, ''), coder: 'ana', documentCount: 1, schemaVersion: 1, readOnly: false };
}

/** The session opens any path, except those given a refusal. */
function setUp({ pageOpen = false, refusals = {} as Record<string, Error>, salvagedCopy = null as string | null } = {}) {
  const open = vi.fn(async (notebookPath: string) => {
    const refusal = refusals[notebookPath];
    if (refusal) throw refusal;
    return { info: () => infoOf(notebookPath) } as unknown as Notebook;
  });
  const deps = {
    showWindow: vi.fn(() => pageOpen),
    session: { open },
    openRequests: new OpenRequests(),
    emit: vi.fn<Emit>(),
    offerSalvage: vi.fn(async () => salvagedCopy),
    forget: vi.fn(),
    refreshMenu: vi.fn(),
    showError: vi.fn(),
  } satisfies OpenOutsideDeps;
  return { deps, open: openFromOutside(deps) };
}

describe('opening a notebook the system asked for', () => {
  it('asks an open page to accept it, so the page saves its pending note first', async () => {
    const { deps, open } = setUp({ pageOpen: true });
    await open('/study/Other.themata');
    expect(deps.emit).toHaveBeenCalledExactlyOnceWith('notebook:open-requested', { path: '/study/Other.themata' });
    expect(deps.session.open).not.toHaveBeenCalled();
    expect(deps.openRequests.take('/study/Other.themata')).toBe(true);
  });

  it('opens it at once in a new window, which has nothing pending, and tells the page', async () => {
    const { deps, open } = setUp();
    await open('/study/Other.themata');
    expect(deps.showWindow).toHaveBeenCalled();
    expect(deps.emit).toHaveBeenCalledExactlyOnceWith('notebook:opened', infoOf('/study/Other.themata'));
  });

  it('only brings the window forward when no notebook is named', async () => {
    const { deps, open } = setUp({ pageOpen: true });
    await open(null);
    expect(deps.showWindow).toHaveBeenCalled();
    expect(deps.emit).not.toHaveBeenCalled();
  });

  it('takes a recent notebook that is gone off the list, and says why', async () => {
    const { deps, open } = setUp({ refusals: { '/study/Gone.themata': new NotebookError('file-missing', 'Gone.themata is not there.') } });
    await open('/study/Gone.themata');
    expect(deps.forget).toHaveBeenCalledWith('/study/Gone.themata');
    expect(deps.refreshMenu).toHaveBeenCalled();
    expect(deps.showError).toHaveBeenCalledWith('Gone.themata is not there.');
    expect(deps.emit).not.toHaveBeenCalled();
  });

  it('keeps a busy notebook on the list, and says why it did not open', async () => {
    const { deps, open } = setUp({ refusals: { '/study/Busy.themata': new NotebookError('notebook-busy', 'Busy.themata is open elsewhere.') } });
    await open('/study/Busy.themata');
    expect(deps.forget).not.toHaveBeenCalled();
    expect(deps.showError).toHaveBeenCalledWith('Busy.themata is open elsewhere.');
  });

  it('offers to salvage an untrusted notebook, and opens the salvaged copy', async () => {
    const refusal = new NotebookError('untrusted-notebook', 'Received.themata holds SQL Themata did not write.');
    const { deps, open } = setUp({ refusals: { '/study/Received.themata': refusal }, salvagedCopy: '/study/Received (salvaged).themata' });
    await open('/study/Received.themata');
    expect(deps.offerSalvage).toHaveBeenCalledWith(refusal, '/study/Received.themata');
    expect(deps.emit).toHaveBeenCalledExactlyOnceWith('notebook:opened', infoOf('/study/Received (salvaged).themata'));
    expect(deps.showError).not.toHaveBeenCalled();
  });

  it('opens nothing when the salvage is declined', async () => {
    const { deps, open } = setUp({ refusals: { '/study/Received.themata': new NotebookError('notebook-damaged', 'Damaged.') } });
    await open('/study/Received.themata');
    expect(deps.emit).not.toHaveBeenCalled();
    expect(deps.showError).not.toHaveBeenCalled();
  });

  it('says why a salvaged copy could not be opened', async () => {
    const { deps, open } = setUp({
      refusals: {
        '/study/Received.themata': new NotebookError('notebook-damaged', 'Damaged.'),
        '/study/Copy.themata': new NotebookError('notebook-busy', 'Copy.themata is open elsewhere.'),
      },
      salvagedCopy: '/study/Copy.themata',
    });
    await open('/study/Received.themata');
    expect(deps.showError).toHaveBeenCalledWith('Copy.themata is open elsewhere.');
  });

  it('shows an unexpected failure rather than losing it', async () => {
    const { deps, open } = setUp({ refusals: { '/study/Odd.themata': new Error('EIO: i/o error') } });
    await expect(open('/study/Odd.themata')).resolves.toBeUndefined();
    expect(deps.showError).toHaveBeenCalledWith('EIO: i/o error');
  });
});
