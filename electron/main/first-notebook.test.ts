import { describe, expect, it, vi } from 'vitest';
import { NotebookError } from '../../db';
import type { MessageBox } from './dialogs';
import { askRetryBusy, openFirstNotebook, startCandidates, type Candidate, type FirstNotebookDeps } from './first-notebook';

function deps(open: (candidate: Candidate) => string, retries: boolean[] = []): FirstNotebookDeps<string> {
  return {
    open: vi.fn(open),
    askRetryBusy: vi.fn(async () => retries.shift() ?? false),
    report: vi.fn(),
    forget: vi.fn(),
  };
}

const fail = (code: ConstructorParameters<typeof NotebookError>[0]) => {
  throw new NotebookError(code, `failed: ${code}`);
};

describe('startCandidates', () => {
  it('tries the requested notebook, then the last one, then the default', () => {
    expect(startCandidates('/a.themata', '/b.themata')).toEqual([
      { path: '/a.themata', requested: true },
      { path: '/b.themata', requested: false },
      { path: null, requested: false },
    ]);
  });

  it('does not try the same notebook twice', () => {
    expect(startCandidates('/a.themata', '/a.themata')).toHaveLength(2);
    expect(startCandidates(null, null)).toEqual([{ path: null, requested: false }]);
  });
});

describe('openFirstNotebook', () => {
  it('opens the first candidate that opens', async () => {
    const d = deps((c) => c.path ?? 'default');
    expect(await openFirstNotebook(startCandidates('/a.themata', null), d)).toBe('/a.themata');
    expect(d.open).toHaveBeenCalledTimes(1);
  });

  it('reports a requested notebook that cannot be opened and goes on to the next', async () => {
    const d = deps((c) => (c.path === '/bad.themata' ? fail('not-a-notebook') : (c.path ?? 'default')));
    expect(await openFirstNotebook(startCandidates('/bad.themata', '/last.themata'), d)).toBe('/last.themata');
    expect(d.report).toHaveBeenCalledWith(expect.objectContaining({ code: 'not-a-notebook' }));
  });

  it('forgets a last notebook that was deleted, without a message', async () => {
    const d = deps((c) => (c.path === '/gone.themata' ? fail('file-missing') : 'default'));
    expect(await openFirstNotebook(startCandidates(null, '/gone.themata'), d)).toBe('default');
    expect(d.forget).toHaveBeenCalledWith('/gone.themata');
    expect(d.report).not.toHaveBeenCalled();
  });

  it('tells the researcher why the last notebook did not open, and keeps it in the list', async () => {
    const d = deps((c) => (c.path === '/new.themata' ? fail('newer-notebook') : 'default'));
    expect(await openFirstNotebook(startCandidates(null, '/new.themata'), d)).toBe('default');
    expect(d.report).toHaveBeenCalledWith(expect.objectContaining({ code: 'newer-notebook' }));
    expect(d.forget).not.toHaveBeenCalled();
  });

  it('retries a busy notebook as long as the researcher asks to', async () => {
    let attempts = 0;
    const d = deps(() => (++attempts < 3 ? fail('notebook-busy') : 'opened'), [true, true]);
    expect(await openFirstNotebook(startCandidates(null, '/busy.themata'), d)).toBe('opened');
    expect(d.askRetryBusy).toHaveBeenCalledTimes(2);
  });

  it('moves on from a busy notebook the researcher gives up on, without forgetting it', async () => {
    const d = deps((c) => (c.path === '/busy.themata' ? fail('notebook-busy') : 'default'), [false]);
    expect(await openFirstNotebook(startCandidates(null, '/busy.themata'), d)).toBe('default');
    expect(d.forget).not.toHaveBeenCalled();
  });

  it('fails with the last error when nothing opens', async () => {
    const d = deps(() => fail('notebook-busy'), [false, false]);
    await expect(openFirstNotebook(startCandidates(null, '/busy.themata'), d)).rejects.toMatchObject({ code: 'notebook-busy' });
  });

  it.each(['untrusted-notebook', 'notebook-damaged'] as const)('offers to salvage a %s, and opens the salvaged copy in its place', async (code) => {
    const d = deps((c) => (c.path === '/received.themata' ? fail(code) : (c.path ?? 'default')));
    d.offerSalvage = vi.fn(async () => '/received (salvaged).themata');
    expect(await openFirstNotebook(startCandidates('/received.themata', '/last.themata'), d)).toBe('/received (salvaged).themata');
    expect(d.offerSalvage).toHaveBeenCalledWith(expect.objectContaining({ code }), '/received.themata');
    // The offer said why it was refused; no second message.
    expect(d.report).not.toHaveBeenCalled();
  });

  it('goes on to the next notebook when the researcher declines the salvage', async () => {
    const d = deps((c) => (c.path === '/received.themata' ? fail('untrusted-notebook') : (c.path ?? 'default')));
    d.offerSalvage = vi.fn(async () => null);
    expect(await openFirstNotebook(startCandidates('/received.themata', '/last.themata'), d)).toBe('/last.themata');
    expect(d.forget).not.toHaveBeenCalled();
  });

  it('reports a salvageable refusal as any other when salvage is not offered', async () => {
    const d = deps((c) => (c.path === '/received.themata' ? fail('notebook-damaged') : 'default'));
    expect(await openFirstNotebook(startCandidates('/received.themata', null), d)).toBe('default');
    expect(d.report).toHaveBeenCalledWith(expect.objectContaining({ code: 'notebook-damaged' }));
  });

  it('does not swallow a bug', async () => {
    const d = deps(() => {
      throw new TypeError('a bug');
    });
    await expect(openFirstNotebook(startCandidates('/a.themata', null), d)).rejects.toThrow('a bug');
    expect(d.open).toHaveBeenCalledTimes(1);
  });
});

describe('askRetryBusy', () => {
  it('says the notebook is open elsewhere, and tries again only when the researcher chooses to', async () => {
    const shown: MessageBox[] = [];
    const answers = [0, 1];
    const ask = askRetryBusy(async (box) => {
      shown.push(box);
      return answers.shift()!;
    });
    const busy = new NotebookError('notebook-busy', 'Study.themata is open in another Themata window or in the command line.');
    expect(await ask(busy)).toBe(true);
    expect(await ask(busy)).toBe(false);
    expect(shown[0]).toMatchObject({ message: 'This notebook is open elsewhere', detail: busy.message });
    expect(shown[0]!.buttons[shown[0]!.defaultId]).toBe('Try Again');
    expect(shown[0]!.buttons[shown[0]!.cancelId]).toBe('Cancel');
  });
});
