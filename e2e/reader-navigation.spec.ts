/**
 * Keyboard navigation in a book-length document: End, Home, PageDown, PageUp
 * and "go to sentence" land on their sentence (selected, focused, in view)
 * wherever the mouse wheel left the view, although the reader draws only the
 * rows in view and fetches sentences a page at a time.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { newsText } from '../bench/news-text';
import { Notebook } from '../db';
import { SAMPLE_THEMES } from '../db/default-notebook';
import { expect, test as base } from './fixtures';

interface LongDocument {
  file: string;
  total: number;
}

/** Generous: landing in time is measured by the bench (bench/workspace.ts), never here. */
const LANDS = { timeout: 15_000 };

// One notebook for the whole file, built with the store itself; each test opens a copy of it.
const test = base.extend<object, { longDocument: LongDocument }>({
  longDocument: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-e2e-long-'));
      const file = path.join(folder, 'Long.themata');
      const notebook = Notebook.open(file, { create: true, coder: 'e2e' });
      let total = 0;
      try {
        for (const theme of SAMPLE_THEMES) notebook.addTheme({ ...theme });
        // News-like text, about 106 characters a sentence, so rows differ in height as real ones do.
        total = notebook.importDocument({ title: 'Wire archive', text: newsText(53_000 * 106, 7), sourceName: 'archive.txt' }).sentenceCount;
      } finally {
        notebook.close();
      }
      await use({ file, total });
      fs.rmSync(folder, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  notebookFile: async ({ longDocument }, use) => use(longDocument.file),
});

function reader(page: Page) {
  return page.getByRole('document', { name: 'Reader' });
}

/** Scrolls the reader with the mouse wheel to `fraction` of its height, and waits for the text there. */
async function wheelTo(page: Page, fraction: number): Promise<void> {
  const scroller = page.locator('.reader-scroll');
  const box = await scroller.boundingBox();
  if (!box) throw new Error('The reader is not on screen.');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 200; i += 1) {
    const distance = await scroller.evaluate((s, f) => f * (s.scrollHeight - s.clientHeight) - s.scrollTop, fraction);
    if (Math.abs(distance) < 2000) break;
    await page.mouse.wheel(0, Math.sign(distance) * Math.min(Math.abs(distance), 1_000_000));
  }
  await expect(reader(page).locator('[aria-busy="true"]')).toHaveCount(0);
}

/** The first and last sentence in view, in part or whole. */
async function sentencesInView(page: Page): Promise<{ first: number; last: number }> {
  return page.locator('.reader-scroll').evaluate((scroller) => {
    const view = scroller.getBoundingClientRect();
    const numbers = Array.from(scroller.querySelectorAll<HTMLElement>('[data-sentence-number]'))
      .filter((element) => {
        const rect = element.getBoundingClientRect();
        return rect.bottom > view.top && rect.top < view.bottom;
      })
      .map((element) => Number(element.dataset.sentenceNumber));
    return { first: numbers[0] ?? 0, last: numbers[numbers.length - 1] ?? 0 };
  });
}

/** Clicks a sentence in the middle of the view; returns its number. */
async function selectSentenceInView(page: Page): Promise<number> {
  const { first, last } = await sentencesInView(page);
  const number = Math.round((first + last) / 2);
  await reader(page).locator(`[data-sentence-number="${number}"]`).click();
  await expect(reader(page).locator(`[data-sentence-number="${number}"]`)).toHaveAttribute('aria-current', 'true');
  return number;
}

/** The sentence is the one selected, has the keyboard focus and is wholly in view, and stays so as the pages around it arrive. */
async function expectLandedOn(page: Page, number: number): Promise<void> {
  const sentence = reader(page).locator(`[data-sentence-number="${number}"]`);
  await expect(sentence).toHaveAttribute('aria-current', 'true', LANDS);
  await expect(sentence).toBeFocused(LANDS);
  await expect(sentence).toBeInViewport({ ratio: 1, ...LANDS });
  await expect(reader(page).locator('[aria-current="true"]')).toHaveCount(1);
  await expect(sentence).toHaveClass(/\bselected\b/);
  await expect(reader(page).locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(sentence).toBeFocused();
  await expect(sentence).toBeInViewport({ ratio: 1 });
}

test.beforeEach(async ({ page, longDocument }) => {
  await expect(page.getByRole('contentinfo', { name: 'Status' }).getByTestId('status-sentences')).toHaveText(
    `${longDocument.total.toLocaleString('en')} sentences`,
  );
  expect(longDocument.total).toBeGreaterThan(52_000);
  await expect(reader(page).locator('[data-sentence-number="1"]')).toBeVisible();
});

test('End and Ctrl+End land on the last sentence after the wheel took the view to the middle', async ({ page, themata, longDocument }) => {
  await wheelTo(page, 0.5);
  await wheelTo(page, 0.6);
  await page.keyboard.press('End');
  await expectLandedOn(page, longDocument.total);

  // From a sentence selected there with the mouse.
  await wheelTo(page, 0.45);
  await selectSentenceInView(page);
  await page.keyboard.press('Control+End');
  await expectLandedOn(page, longDocument.total);
  expect(themata.pageErrors).toEqual([]);
});

test('Home and Ctrl+Home land on the first sentence from further down', async ({ page, themata }) => {
  await wheelTo(page, 0.5);
  await wheelTo(page, 0.8);
  await page.keyboard.press('Home');
  await expectLandedOn(page, 1);
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();

  await wheelTo(page, 0.55);
  await selectSentenceInView(page);
  await page.keyboard.press('Control+Home');
  await expectLandedOn(page, 1);
  expect(themata.pageErrors).toEqual([]);
});

test('PageDown and PageUp page from where the wheel left the view', async ({ page, themata }) => {
  await wheelTo(page, 0.5);
  const before = await sentencesInView(page);
  expect(before.last).toBeGreaterThan(before.first);
  // The last sentence in view opens the next page.
  await page.keyboard.press('PageDown');
  await expectLandedOn(page, before.last);
  const top = await page.locator('.reader-scroll').evaluate((scroller) => {
    const current = scroller.querySelector('[aria-current="true"]')!;
    return (current.getBoundingClientRect().top - scroller.getBoundingClientRect().top) / scroller.clientHeight;
  });
  expect(top).toBeLessThan(0.25);

  // PageUp goes back as many sentences as the view holds.
  await wheelTo(page, 0.65);
  const later = await sentencesInView(page);
  await page.keyboard.press('PageUp');
  await expectLandedOn(page, later.first - (later.last - later.first));
  expect(themata.pageErrors).toEqual([]);
});

test('going to a sentence by its number lands on it in the middle of the document', async ({ page, themata, longDocument }) => {
  await wheelTo(page, 0.5);
  await wheelTo(page, 0.85);
  const middle = Math.round(longDocument.total / 2) + 7;

  await page.keyboard.press('Control+g');
  const field = page.getByRole('dialog', { name: 'Go to sentence' }).getByRole('textbox', { name: 'Sentence number' });
  await expect(field).toBeFocused();
  await field.fill(String(longDocument.total + 1));
  await field.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'type a number from 1 to' })).toBeVisible();

  await field.fill(middle.toLocaleString('en'));
  await field.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Go to sentence' })).toHaveCount(0);
  await expectLandedOn(page, middle);

  // From there, End still lands.
  await page.keyboard.press('End');
  await expectLandedOn(page, longDocument.total);
  expect(themata.pageErrors).toEqual([]);
});
