import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { Handlers } from '../contract';
import { NotebookError } from '../../db';
import { createInvoke, describeInputIssue, INTERNAL_MESSAGE, type SenderInfo } from './wrapper';

const APP = 'themata://app/index.html';
const trusted: SenderInfo = { fromAppWindow: true, isMainFrame: true, url: APP };
const info = { path: '/n/Study.themata', name: 'Study', coder: 'ana', documentCount: 1, schemaVersion: 1, readOnly: false };
const history = { canUndo: true, canRedo: false, undoLabel: 'Tag', redoLabel: null };

/** Every channel throws unless the test gives it a body. */
function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const unexpected = () => {
    throw new Error('not expected in this test');
  };
  return new Proxy(overrides as Handlers, {
    get: (target, key: string) => (key in target ? target[key as keyof Handlers] : unexpected),
  });
}

function invokeWith(overrides: Partial<Handlers> = {}, logFailure = vi.fn()) {
  return {
    invoke: createInvoke({ handlers: handlers(overrides), isAppUrl: (url) => url === APP, validateOutput: true, logFailure }),
    logFailure,
  };
}

describe('the IPC wrapper', () => {
  it('answers a trusted call with the handler value', async () => {
    const { invoke } = invokeWith({ 'notebook:info': () => info });
    expect(await invoke('notebook:info', {}, trusted)).toEqual({ ok: true, value: info });
  });

  it.each([
    ['another window', { ...trusted, fromAppWindow: false }],
    ['an iframe inside the app window', { ...trusted, isMainFrame: false }],
    ['a page that is not the app', { ...trusted, url: 'https://example.org/' }],
    ['a file:// page', { ...trusted, url: 'file:///home/ana/index.html' }],
  ])('refuses a call from %s without running the handler', async (_label, sender) => {
    const handler = vi.fn(() => info);
    const { invoke } = invokeWith({ 'notebook:info': handler });
    const result = await invoke('notebook:info', {}, sender);
    expect(result).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([['no-such-channel'], ['constructor'], ['__proto__'], ['toString'], [42], [null]])(
    'refuses an unknown channel %s',
    async (channel) => {
      const { invoke } = invokeWith();
      const result = await invoke(channel, {}, trusted);
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
      if (!result.ok) expect(result.error.message).not.toContain('\n');
    },
  );

  it('refuses malformed input with one line naming the field, and never calls the handler', async () => {
    const handler = vi.fn();
    const { invoke } = invokeWith({ 'themes:add': handler });
    const result = await invoke('themes:add', { name: '   ' }, trusted);
    expect(result).toEqual({ ok: false, error: { code: 'invalid-input', message: 'The name is not valid: a theme needs a name.' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('names a nested field by its path', async () => {
    const { invoke } = invokeWith();
    const result = await invoke('tags:toggle', { sentenceIds: [1, -2], themeId: 1 }, trusted);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^The sentenceIds\[1\] is not valid: /);
  });

  it('refuses fields the contract does not name', async () => {
    const { invoke } = invokeWith();
    const result = await invoke('documents:delete', { documentId: 1, cascade: true }, trusted);
    expect(result).toEqual({ ok: false, error: { code: 'invalid-input', message: 'The request has an unexpected field: cascade.' } });
  });

  it('refuses input that is not an object at all', async () => {
    const { invoke } = invokeWith();
    expect(await invoke('notebook:info', 'please', trusted)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('passes the parsed input to the handler', async () => {
    const handler = vi.fn(() => ({ applied: true, history, sentences: [], themeCounts: [], rollupCounts: [], documentCounts: [] }));
    const { invoke } = invokeWith({ 'tags:toggle': handler });
    await invoke('tags:toggle', { sentenceIds: [3, 4], themeId: 2 }, trusted);
    expect(handler).toHaveBeenCalledWith({ sentenceIds: [3, 4], themeId: 2 });
  });

  it("passes a NotebookError's code and message through unchanged", async () => {
    const { invoke, logFailure } = invokeWith({
      'history:undo': () => {
        throw new NotebookError('nothing-to-undo', 'There is nothing to undo.');
      },
    });
    expect(await invoke('history:undo', {}, trusted)).toEqual({
      ok: false,
      error: { code: 'nothing-to-undo', message: 'There is nothing to undo.' },
    });
    expect(logFailure).not.toHaveBeenCalled();
  });

  it('turns any other failure into "internal", logs the stack in the main process and never sends it', async () => {
    const secret = new Error('SQLITE_CORRUPT at /home/ana/secret/path.themata');
    const { invoke, logFailure } = invokeWith({
      stats: async () => {
        throw secret;
      },
    });
    const result = await invoke('stats', {}, trusted);
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: INTERNAL_MESSAGE } });
    const sent = JSON.stringify(result);
    expect(sent).not.toContain('SQLITE_CORRUPT');
    // A stack would name this file in its frames.
    expect(sent).not.toContain('wrapper.test');
    expect(logFailure).toHaveBeenCalledWith('stats', secret);
  });

  it('catches a handler that returns a value the contract does not allow', async () => {
    const { invoke, logFailure } = invokeWith({ 'history:state': () => ({ canUndo: 'yes' }) as never });
    expect(await invoke('history:state', {}, trusted)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logFailure).toHaveBeenCalledOnce();
  });

  it('lets such a value through when output checks are off (packaged app)', async () => {
    const invoke = createInvoke({
      handlers: handlers({ 'history:state': () => ({ canUndo: 'yes' }) as never }),
      isAppUrl: () => true,
      validateOutput: false,
    });
    expect(await invoke('history:state', {}, trusted)).toEqual({ ok: true, value: { canUndo: 'yes' } });
  });
});

describe('describeInputIssue', () => {
  it('keeps a multi-line schema message on one line', () => {
    const error = z.object({ a: z.string().refine(() => false, 'first line\nsecond line') }).safeParse({ a: 'x' }).error!;
    expect(describeInputIssue(error)).toBe('The a is not valid: first line second line.');
  });
});
