/**
 * Importing many files at once from the workspace: files and folders picked in
 * the page or dropped on the window, the progress view, cancel, duplicates
 * offered rather than imported twice, and the report.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { readSampleArticle } from '../db/default-notebook';
import type { DocumentSummary, Result, ThemataApi } from '../electron/contract';
import { expect, test } from './fixtures';
import { holdSending, importThroughMenu } from './importing';

/** An article of `sentences` sentences, different for each number. */
function article(number: number, sentences = 6): string {
  return Array.from({ length: sentences }, (_, i) => `Report ${number} says officials met on day ${i + 1} near the border.`).join(' ');
}

function write(folder: string, name: string, content: string | Buffer): string {
  const file = path.join(folder, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

async function documentsInNotebook(page: Page): Promise<DocumentSummary[]> {
  const listed = (await page.evaluate(() => (globalThis as unknown as { themata: ThemataApi }).themata['documents:list']({}))) as Result<DocumentSummary[]>;
  if (!listed.ok) throw new Error(listed.error.message);
  return listed.value;
}

const report = (page: Page) => page.getByRole('dialog', { name: /^Import (finished|cancelled|stopped)$/ });
const progressView = (page: Page) => page.getByRole('region', { name: 'Import', exact: true });

test('three files at once: the new one imported, the duplicate offered, the bad one refused with its reason', async ({ page, themata }) => {
  const files = [
    write(themata.folder, 'in/turkey-gas.txt', article(1)),
    write(themata.folder, 'in/same-as-sample.txt', readSampleArticle()),
    write(themata.folder, 'in/latin1.txt', Buffer.from('Caf\xe9 au lait, said the minister.', 'latin1')),
  ];
  await importThroughMenu(page, themata, files);

  const dialog = report(page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleName('Import finished');
  await expect(dialog).toHaveAccessibleDescription('Imported 1 document (6 sentences) · 1 duplicate · 1 refused');
  const duplicates = dialog.getByRole('region', { name: /Duplicates/ });
  await expect(duplicates.getByRole('listitem')).toHaveText(['same-as-sample.txtSame text as “Russian Federation Denies US Claim That Four Syria-Bound Missiles Crashed in Iran”']);
  await expect(dialog.getByRole('region', { name: /Refused/ }).getByRole('listitem')).toHaveText([
    /latin1\.txt.*latin1\.txt is not valid UTF-8 text \(byte 4, line 1, column 4\); save it as UTF-8 and import it again\./,
  ]);
  // The duplicate was not imported: the sample and the new article only.
  expect((await documentsInNotebook(page)).map((d) => d.title)).toEqual([
    'Russian Federation Denies US Claim That Four Syria-Bound Missiles Crashed in Iran',
    'Turkey gas',
  ]);
  await expect(page.getByRole('navigation', { name: 'Documents' }).getByText('Turkey gas')).toBeVisible();

  // Asked for, it is imported: a second copy, named after its file.
  const anyway = dialog.getByRole('button', { name: /Import anyway/ });
  await expect(anyway).toBeDisabled();
  await duplicates.getByRole('checkbox', { name: 'same-as-sample.txt' }).check();
  await anyway.click();
  await expect(report(page)).toHaveAccessibleDescription(/^Imported 2 documents \(\d+ sentences\) · 1 refused$/);
  expect(await documentsInNotebook(page)).toHaveLength(3);

  await report(page).getByRole('button', { name: 'Open “Turkey gas”' }).click();
  await expect(report(page)).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Turkey gas');
});

test('a folder stands for its articles and its subfolders\', in name order, hidden ones and other kinds left out', async ({ page, themata }) => {
  const folder = path.join(themata.folder, 'corpus');
  write(folder, 'article-10.txt', article(10));
  write(folder, 'article-2.txt', article(2));
  write(folder, '2016/spring.txt', article(16));
  write(folder, '.drafts/draft.txt', article(99));
  write(folder, 'readme.rtf', article(98));
  await importThroughMenu(page, themata, [folder], 'folder');
  const dialog = report(page);
  await expect(dialog).toHaveAccessibleDescription('Imported 3 documents (18 sentences)');
  await expect(dialog.getByRole('region', { name: /Imported/ }).getByRole('listitem')).toHaveText([
    /corpus\/2016\/spring\.txt\s*Imported · 6 sentences/,
    /corpus\/article-2\.txt/,
    /corpus\/article-10\.txt/,
  ]);
});

test('files dropped on the window are imported together, and one too large is refused without being sent', async ({ page }) => {
  const sent: number[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('send-files')) sent.push((request.postDataJSON() as { files: unknown[] }).files.length);
  });
  await page.evaluate(
    ({ first, second }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([first], 'first.txt', { type: 'text/plain' }));
      transfer.items.add(new File([second], 'second.md', { type: 'text/markdown' }));
      transfer.items.add(new File([new Uint8Array(21 * 1024 * 1024).fill(65)], 'huge.txt', { type: 'text/plain' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    },
    { first: article(1), second: article(2, 3) },
  );
  const dialog = report(page);
  await expect(dialog).toHaveAccessibleDescription('Imported 2 documents (9 sentences) · 1 refused');
  await expect(dialog.getByRole('region', { name: /Refused/ })).toContainText('huge.txt is 21 MB; Themata reads text up to 20 MB.');
  // Both small files in one call; the large one never sent.
  expect(sent).toEqual([2]);
});

test('cancel stops a larger import after the file under way, and leaves no file in part', async ({ page, themata }) => {
  test.skip(themata.target === 'electron', 'The page sends the files only in the browser; the desktop import reads them itself');
  // Forty files, each committed to disk: slow on a busy machine.
  test.setTimeout(120_000);
  const files = Array.from({ length: 40 }, (_, i) => write(themata.folder, `batch/report-${String(i + 1).padStart(2, '0')}.txt`, article(i + 1, 40)));
  const sending = await holdSending(page, 2);
  await importThroughMenu(page, themata, files);

  // The first sixteen files are in and the next ones are on their way: the import waits, the workspace works.
  const view = progressView(page);
  await expect(view.getByRole('progressbar', { name: 'Files imported' })).toHaveAttribute('aria-valuenow', '16', { timeout: 60_000 });
  await expect(view.getByRole('heading')).toHaveText('Importing 17 of 40 files');
  await expect(view.getByRole('listitem').filter({ hasText: 'report-01.txt' })).toContainText('Imported · 40 sentences');
  await expect(view.getByRole('listitem').filter({ hasText: 'report-22.txt' })).toContainText('Waiting');
  await page.keyboard.press('j');
  await page.keyboard.press('1');
  await expect(page.getByRole('list', { name: 'Themes of sentence 2' }).getByRole('listitem', { name: 'Theme: Missile claims' })).toBeVisible();

  // The import is waiting for the page: a cancel ends it there, and the file on its way is never read.
  await view.getByRole('button', { name: 'Cancel' }).click();
  await sending.release();

  const dialog = report(page);
  await expect(dialog).toHaveAccessibleName('Import cancelled');
  await expect(dialog).toHaveAccessibleDescription('Imported 16 documents (640 sentences) · 24 not imported');
  const documents = await documentsInNotebook(page);
  // The sample and the sixteen files, each whole.
  expect(documents).toHaveLength(17);
  expect(documents.slice(1).map((d) => [d.title, d.sentenceCount])).toEqual(
    Array.from({ length: 16 }, (_, i) => [`Report ${String(i + 1).padStart(2, '0')}`, 40]),
  );
});

test('the progress view and the report, light and dark', async ({ page, themata }, testInfo) => {
  test.skip(themata.target === 'electron', 'The page sends the files only in the browser');
  test.setTimeout(90_000);
  const files = [
    ...Array.from({ length: 24 }, (_, i) => write(themata.folder, `wire/agency-report-${i + 1}.txt`, article(i + 1, 10 + i))),
    write(themata.folder, 'wire/syria-sample.txt', readSampleArticle()),
    write(themata.folder, 'wire/scan.txt', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])),
    write(themata.folder, 'wire/photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47])),
  ];
  const sending = await holdSending(page, 2);
  await importThroughMenu(page, themata, files);
  // Sixteen files imported, and photo.png refused before it was sent.
  await expect(progressView(page).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '17', { timeout: 30_000 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.screenshot({ path: testInfo.outputPath(`import-progress-${colorScheme}.png`) });
  }
  await sending.release();
  await expect(report(page)).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.screenshot({ path: testInfo.outputPath(`import-report-${colorScheme}.png`) });
  }
});
