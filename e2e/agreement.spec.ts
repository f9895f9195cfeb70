/**
 * The Agreement view: two coders who marked the sample article as coded, the
 * per-theme table against figures worked out by hand, sorting it, a theme's
 * disagreements side by side, opening one in the reader, settling them into
 * the consensus (and undoing a settling), and the Markdown for the coders'
 * discussion.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Notebook } from '../db';
import { expect, test } from './fixtures';
import { twoCoders } from './two-coders';

test.use({ prepareNotebook: { apply: twoCoders } });

const view = (page: Page) => page.getByRole('region', { name: 'Agreement', exact: true });
const table = (page: Page) => view(page).getByRole('table');
const themeRow = (page: Page, theme: string) => table(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${theme}`) }) });

async function openAgreement(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Agreement' }).click();
  await expect(table(page)).toBeVisible();
}

async function rowNames(page: Page): Promise<string[]> {
  return (await table(page).locator('tbody').getByRole('rowheader').allInnerTexts()).map((text) => text.trim());
}

async function cells(row: Locator): Promise<string[]> {
  return (await row.getByRole('cell').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
}

test('the table shows each theme’s figures as worked out by hand, with their readings, and the pooled and mean rows', async ({ page }) => {
  await openAgreement(page);
  await expect(view(page)).toContainText('ana and ben, judging each of the 13 sentences of the 1 document both marked as coded');
  await expect(view(page).getByRole('group', { name: 'Coders compared' }).getByRole('button', { name: /ana/ })).toHaveAttribute('aria-pressed', 'true');

  // Missile claims: 11 of 13 alike (2 tagged by both, 9 by neither); κ = (143 − 109) / (169 − 109) = 0.567; α = 1 − 25 · 2 / (20 · 6) = 0.583.
  expect(await cells(themeRow(page, 'Missile claims'))).toEqual(['13', '84.6%', '0.567 moderate', '0.583 not reliable', '2']);
  // Denials: ben alone tagged one sentence; κ and α 0.
  expect(await cells(themeRow(page, 'Denials'))).toEqual(['13', '92.3%', '0.000 slight', '0.000 not reliable', '1']);
  expect(await cells(themeRow(page, 'Civilian-casualty assertions'))).toEqual(['13', '100.0%', '1.000 almost perfect', '1.000 reliable', '0']);
  // Nobody tagged it: nothing varies, so κ and α are undefined.
  expect(await cells(themeRow(page, 'Turkey trade threats'))).toEqual(['13', '100.0%', '— no variation', '— no variation', '0']);
  await expect(themeRow(page, 'Turkey trade threats').getByTitle(/no variation to measure agreement on/).first()).toBeVisible();
  await expect(themeRow(page, 'Missile claims').getByTitle(/moderate agreement beyond chance/)).toBeVisible();

  // Pooled over 5 themes × 13 sentences: 62 of 65 alike; κ = 350 / 545; α = 1 − 129 · 3 / (121 · 9).
  const pooled = table(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'All themes pooled' }) });
  expect(await cells(pooled)).toEqual(['65', '95.4%', '0.642 substantial', '0.645 not reliable', '3']);
  const mean = table(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'All themes mean' }) });
  expect((await cells(mean)).slice(1, 4)).toEqual(['95.4%', '0.522 moderate', '0.528 not reliable']);
  await expect(view(page).getByRole('region', { name: 'Reading the figures' })).toContainText('Landis & Koch');
});

test('the table sorts by each column, by mouse and by keyboard, and says so to assistive technology', async ({ page }) => {
  await openAgreement(page);
  expect(await rowNames(page)).toEqual(['Missile claims', 'Denials', 'Civilian-casualty assertions', 'Turkey trade threats', 'Deconfliction talks']);

  const disagreements = table(page).getByRole('columnheader', { name: 'Disagreements' });
  await disagreements.getByRole('button').click();
  await expect(disagreements).toHaveAttribute('aria-sort', 'descending');
  expect((await rowNames(page)).slice(0, 2)).toEqual(['Missile claims', 'Missile claims › Denials']);
  await disagreements.getByRole('button').click();
  await expect(disagreements).toHaveAttribute('aria-sort', 'ascending');
  expect((await rowNames(page)).slice(-2)).toEqual(['Missile claims › Denials', 'Missile claims']);

  // The weakest α first; an undefined α last. Sorted otherwise, a sub-theme names its parent.
  const alpha = table(page).getByRole('columnheader', { name: "Krippendorff's α" });
  await alpha.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(alpha).toHaveAttribute('aria-sort', 'ascending');
  await expect(disagreements).toHaveAttribute('aria-sort', 'none');
  expect(await rowNames(page)).toEqual(['Missile claims › Denials', 'Missile claims', 'Civilian-casualty assertions', 'Turkey trade threats', 'Deconfliction talks']);
});

test('a theme’s disagreements show each sentence in context, each coder’s answer and note, and open in the reader', async ({ page }) => {
  await openAgreement(page);
  await themeRow(page, 'Missile claims').getByRole('button').click();
  const list = page.getByRole('list', { name: 'Sentences where the coders differ on Missile claims' });
  const items = list.getByRole('listitem').filter({ has: page.getByRole('button', { name: /Open in the reader/ }) });
  await expect(items).toHaveCount(2);
  const first = items.first();
  await expect(first).toHaveAccessibleName(/, sentence 1$/);
  const answers = first.getByRole('list', { name: 'Each coder’s answer' }).getByRole('listitem');
  await expect(answers.nth(0)).toHaveText(/^ana\s*Missile claims$/);
  await expect(answers.nth(1)).toHaveText(/^ben\s*not tagged$/);
  await expect(first.getByRole('list', { name: 'Coders’ notes' })).toContainText('ana');
  await expect(first.getByRole('list', { name: 'Coders’ notes' })).toContainText('The ministry’s own figure: a claim.');
  const second = items.nth(1);
  await expect(second).toHaveAccessibleName(/, sentence 4$/);
  // The sentences around it, for context: the first sentence has only one after it.
  await expect(first.locator('.disagreement-context')).toHaveCount(1);
  await expect(second.locator('.disagreement-context')).toHaveCount(2);

  // Esc goes back to the table, and the theme's name again to its disagreements.
  await expect(page.getByRole('heading', { name: 'Disagreements on Missile claims' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(table(page)).toBeVisible();
  await themeRow(page, 'Missile claims').getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(items).toHaveCount(2);

  await first.getByRole('button', { name: /Open in the reader/ }).focus();
  await page.keyboard.press('j');
  await expect(second.getByRole('button', { name: /Open in the reader/ })).toBeFocused();
  await page.keyboard.press('Enter');
  const reader = page.getByRole('document', { name: 'Reader' });
  await expect(reader.locator('[aria-current="true"]')).toHaveAttribute('data-sentence-number', '4');
});

test('settling keeps one coder’s answer, both or neither, can be changed, and undo takes a settling back', async ({ page }) => {
  await openAgreement(page);
  await themeRow(page, 'Missile claims').getByRole('button').click();
  const items = page.getByRole('list', { name: 'Sentences where the coders differ on Missile claims' }).getByRole('listitem').filter({ has: page.getByRole('group') });
  const one = items.first();
  const four = items.nth(1);
  await expect(one.getByText('Not settled')).toBeVisible();
  await expect(page.getByTestId('settled-count')).toHaveText('0 of 2');

  await one.getByRole('button', { name: 'Keep ana’s' }).click();
  await expect(one.getByRole('status')).toHaveText('Settled: tagged Missile claims, as ana had it');
  await four.getByRole('button', { name: 'Neither' }).click();
  await expect(four.getByRole('status')).toHaveText('Settled: not tagged Missile claims, as ana had it');
  await expect(page.getByTestId('settled-count')).toHaveText('2 of 2');

  // Changed: ben's answer, then both.
  await one.getByRole('button', { name: 'Keep ben’s' }).click();
  await expect(one.getByRole('status')).toHaveText('Settled: not tagged Missile claims, as ben had it');
  await one.getByRole('button', { name: 'Both' }).click();
  await expect(one.getByRole('status')).toHaveText('Settled: tagged Missile claims, as ana had it');
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /^Undo settle sentence 1 .*Missile claims: keep ana’s and ben’s/);

  await page.keyboard.press('Control+z');
  await expect(one.getByRole('status')).toHaveText('Settled: not tagged Missile claims, as ben had it');
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /keep ben’s/);

  // The consensus is never compared by default: the figures stay ana's and ben's.
  await one.getByRole('button', { name: 'Keep ana’s' }).click();
  await expect(one.getByRole('status')).toHaveText('Settled: tagged Missile claims, as ana had it');
  await page.getByRole('button', { name: 'Agreement per theme' }).click();
  await expect(view(page).getByRole('group', { name: 'Coders compared' }).getByRole('button', { name: /Consensus/ })).toHaveAttribute('aria-pressed', 'false');
  expect(await cells(themeRow(page, 'Missile claims'))).toEqual(['13', '84.6%', '0.567 moderate', '0.583 not reliable', '2']);
});

test('the disagreements export to Markdown for the coders’ discussion', async ({ page, themata }) => {
  await openAgreement(page);
  await themeRow(page, 'Missile claims').getByRole('button').click();
  const target = path.join(themata.folder, 'missile-claims.md');
  let markdown: string;
  if (themata.target === 'electron') {
    await themata.answerDialogs({ exportPath: target });
    await page.getByRole('button', { name: 'Export to Markdown' }).click();
    await expect(page.getByText(`to ${target}`)).toBeVisible();
    markdown = fs.readFileSync(target, 'utf8');
  } else {
    const arriving = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export to Markdown' }).click();
    const download = await arriving;
    expect(download.suggestedFilename()).toMatch(/\.md$/);
    await download.saveAs(target);
    await expect(page.getByText(`as ${download.suggestedFilename()}`)).toBeVisible();
    markdown = fs.readFileSync(target, 'utf8');
  }
  expect(markdown).toContain('Missile claims');
  expect(markdown).toContain('ana');
  expect(markdown).toContain('ben');
  expect(markdown).toContain('A denial rather than a claim?');
});

test('leaving one coder compared asks for a second; choosing them again brings the table back', async ({ page }) => {
  await openAgreement(page);
  const coders = view(page).getByRole('group', { name: 'Coders compared' });
  await coders.getByRole('button', { name: /ben/ }).click();
  await expect(coders.getByRole('button', { name: /ben/ })).toHaveAttribute('aria-pressed', 'false');
  await expect(view(page)).toContainText('Choose two or more coders to compare.');
  await coders.getByRole('button', { name: /ben/ }).click();
  await expect(table(page)).toBeVisible();
});

test.describe('one coder', () => {
  test.use({
    prepareNotebook: {
      apply: (notebook: Notebook) => {
        notebook.setCoder('ana');
        notebook.tag([notebook.sentenceId(1, 1)], notebook.listThemes()[0]!.id);
        notebook.markDocumentCoded(1, true);
      },
    },
  });

  test('the view says how to bring another coder’s work in', async ({ page }) => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Agreement' }).click();
    await expect(view(page).getByRole('heading', { name: 'Agreement needs a second coder' })).toBeVisible();
    await expect(view(page)).toContainText('Only ana has marked documents as coded in this notebook.');
    await expect(view(page).getByRole('button', { name: 'Merge another coder’s work…' })).toBeVisible();
  });
});

test.describe('no document coded by both', () => {
  test.use({
    prepareNotebook: {
      apply: (notebook: Notebook) => {
        twoCoders(notebook);
        // ben finished another article instead.
        const other = notebook.importDocument({ title: 'Ankara weighs its gas deal', text: 'Ankara said the deal stands. Talks resume in May.', sourceName: null }).id;
        notebook.markDocumentCoded(1, false, 'ben');
        notebook.markDocumentCoded(other, true, 'ben');
      },
    },
  });

  test('explains why and offers every document instead', async ({ page }) => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Agreement' }).click();
    await expect(view(page).getByRole('heading', { name: 'No document is coded by every coder yet' })).toBeVisible();
    await view(page).getByRole('button', { name: 'Compare all documents' }).click();
    await expect(view(page).getByRole('radio', { name: 'All documents' })).toBeChecked();
    await expect(table(page)).toBeVisible();
    await expect(view(page)).toContainText('15 sentences of 2 documents (every document, coded or not)');
  });
});
