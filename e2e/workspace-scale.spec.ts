/**
 * A book-length document: 50,000 sentences open, scroll and take tags while
 * the page holds only the paragraphs in view (the reader is virtualized and
 * fetches sentences a page at a time).
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { importThroughMenu } from './importing';

const SENTENCES = 50_000;
const PER_PARAGRAPH = 8;

function longText(): string {
  const paragraphs: string[] = [];
  for (let p = 0; p < SENTENCES / PER_PARAGRAPH; p += 1) {
    const sentences: string[] = [];
    for (let s = 1; s <= PER_PARAGRAPH; s += 1) {
      const number = p * PER_PARAGRAPH + s;
      sentences.push(`Officials in the region reported strike number ${number} near the border.`);
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n');
}

test('a 50,000-sentence document opens, jumps to its end and takes a tag, with a bounded page', async ({ page, themata }, testInfo) => {
  test.setTimeout(90_000);
  const file = path.join(themata.folder, 'long-report.txt');
  fs.writeFileSync(file, longText());
  await importThroughMenu(page, themata, [file]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Long report');
  // The document's own count; the status bar counts the scope (the notebook: the sample study too).
  await expect(page.locator('.document-meta')).toContainText('50,000 sentences');
  await expect(page.getByRole('contentinfo', { name: 'Status' }).getByTestId('status-sentences')).toHaveText('50,013 sentences');

  const reader = page.getByRole('document', { name: 'Reader' });
  await expect(reader.locator('[data-sentence-number="1"]')).toBeVisible();
  const spans = reader.locator('[data-sentence-number]');
  expect(await spans.count()).toBeLessThan(600);

  // End: the last sentence, fetched and drawn on demand.
  await page.keyboard.press('End');
  const last = reader.locator(`[data-sentence-number="${SENTENCES}"]`);
  await expect(last).toBeInViewport();
  await expect(last).toBeFocused();
  expect(await spans.count()).toBeLessThan(600);

  await page.keyboard.press('1');
  await expect(
    page.getByRole('list', { name: `Themes of sentence ${SENTENCES}` }).getByRole('listitem', { name: 'Theme: Missile claims' }),
  ).toBeVisible();

  // Back up with k, across the paragraph boundary.
  for (let i = 0; i < PER_PARAGRAPH; i += 1) await page.keyboard.press('k');
  await expect(reader.locator(`[data-sentence-number="${SENTENCES - PER_PARAGRAPH}"]`)).toBeFocused();

  // The middle of the document, by dragging the scroll position there.
  await page.getByRole('main').evaluate((main) => {
    const scroller = main.querySelector('.reader-scroll');
    if (scroller) scroller.scrollTop = scroller.scrollHeight / 2;
  });
  const firstShown = async () => Number(await spans.first().getAttribute('data-sentence-number'));
  await expect.poll(firstShown).toBeLessThan((SENTENCES * 3) / 4);
  expect(await firstShown()).toBeGreaterThan(SENTENCES / 4);
  await expect(reader.locator('[aria-busy="true"]')).toHaveCount(0);
  expect(await spans.count()).toBeLessThan(600);
  await page.screenshot({ path: testInfo.outputPath('long-document.png') });
  expect(themata.pageErrors).toEqual([]);
});
