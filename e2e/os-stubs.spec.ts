/**
 * The fixtures' stand-ins for the operating system, driven through the page's
 * own window.themata: what the tests decide the dialogs answer is what the
 * app gets, and nothing reaches the real file manager or browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Channel, ChannelInput, ChannelOutput, ImportProgress, Result, ThemataApi } from '../electron/contract';
import { expect, test } from './fixtures';

/** Calls the API the page was given (preload or bridge), from inside the page. */
function callInPage<C extends Channel>(page: Page, channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
  return page.evaluate(
    ([name, given]) => {
      const api = (globalThis as unknown as { themata: ThemataApi }).themata[name as Channel] as (input: unknown) => Promise<unknown>;
      return api(given);
    },
    [channel, input] as const,
  ) as Promise<Result<ChannelOutput<C>>>;
}

test('an export is written where the save dialog says, and revealed only in the log', async ({ page, themata }) => {
  const target = path.join(themata.folder, 'chosen-by-the-test.md');
  await themata.answerDialogs({ exportPath: target });
  const saved = await callInPage(page, 'export:save', { by: 'theme', includeNotes: true });
  expect(saved).toEqual({ ok: true, value: { path: target } });
  expect(fs.readFileSync(target, 'utf8')).toMatch(/^---\n/);

  expect(await callInPage(page, 'shell:reveal', { path: target })).toEqual({ ok: true, value: {} });
  expect((await themata.shellLog()).revealed).toEqual([target]);
});

test('a cancelled save dialog writes nothing', async ({ page, themata }) => {
  await themata.answerDialogs({ exportPath: null });
  expect(await callInPage(page, 'export:save', { by: 'document', includeNotes: false })).toEqual({ ok: true, value: null });
  expect(fs.readdirSync(themata.folder).filter((name) => name.endsWith('.md'))).toEqual([]);
});

test('the import dialog answers with the files the test chose', async ({ page, themata }) => {
  const file = path.join(themata.folder, 'interview.txt');
  fs.writeFileSync(file, 'The minister spoke first. Then the general answered.\n');
  await themata.answerDialogs({ importFiles: [file] });
  const started = await callInPage(page, 'imports:choose', { kind: 'files' });
  expect(started).toMatchObject({ ok: true, value: { total: 1, files: [{ name: 'interview.txt' }] } });
  let progress = (started as { value: ImportProgress }).value;
  let last = progress.files[0];
  while (progress.status === 'running') {
    progress = ((await callInPage(page, 'imports:progress', { jobId: progress.jobId, since: progress.version })) as { value: ImportProgress }).value;
    last = progress.files[0] ?? last;
  }
  expect(last).toMatchObject({ state: 'imported', document: { sentenceCount: 2 } });
});

test('links go to the log, not to a browser', async ({ page, themata }) => {
  expect(await callInPage(page, 'shell:open-link', { url: 'https://www.reuters.com/' })).toEqual({ ok: true, value: {} });
  expect((await themata.shellLog()).openedLinks).toEqual(['https://www.reuters.com/']);
});
