/**
 * Working across documents: a notebook of three articles, the sample study
 * untagged and two others carrying the tags. The filter, ], the overview's
 * drill-downs and Retrieve go where the sentences are; a reload comes back
 * to the same place; the counts say what they count.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const ANKARA =
  'Ankara set a deadline for the gas talks. Officials said the missiles were never fired. Trade would stop within a week. ' +
  'The ministry denied the missile claims again. Nobody in Moscow answered.';
const BEIRUT = 'Beirut counted the dead after the strike. The observatory said the missiles came from the sea. Prices rose.';

test.use({
  prepareNotebook: {
    apply: (notebook) => {
      const [missiles, , trade] = notebook.listThemes();
      const ankara = notebook.importDocument({ title: 'Ankara sets a deadline', text: ANKARA, sourceName: null });
      const beirut = notebook.importDocument({ title: 'Beirut counts the dead', text: BEIRUT, sourceName: null });
      notebook.tag([notebook.sentenceId(ankara.id, 2), notebook.sentenceId(ankara.id, 4)], missiles!.id);
      notebook.tag([notebook.sentenceId(ankara.id, 3), notebook.sentenceId(ankara.id, 4)], trade!.id);
      notebook.tag([notebook.sentenceId(beirut.id, 2)], missiles!.id);
      notebook.setNote(notebook.sentenceId(beirut.id, 2), 'The sea, not Iran.');
      notebook.setDocumentDetails(ankara.id, { outlet: 'Hürriyet', publishedOn: '2017-04-08', attributes: { country: 'Turkey' } });
      notebook.setDocumentDetails(beirut.id, { outlet: "L'Orient", publishedOn: '2017-04-09', attributes: { country: 'Lebanon' } });
    },
  },
});

const reader = (page: Page) => page.getByRole('document', { name: 'Reader' });
const title = (page: Page) => page.locator('.document-title');
const filterBar = (page: Page) => page.getByRole('region', { name: 'Filter' });
const current = (page: Page) => reader(page).locator('[aria-current="true"]');

async function filterBy(page: Page, theme: string): Promise<void> {
  await page.getByRole('button', { name: 'Filter by themes' }).click();
  await page.getByRole('dialog', { name: 'Filter by themes' }).getByRole('checkbox', { name: new RegExp(theme) }).check();
  await page.keyboard.press('Escape');
}

test('a filter opens where its sentences are, and ] follows them into the next document', async ({ page }) => {
  await expect(title(page)).toHaveText(/Russian Federation/);
  await filterBy(page, 'Missile claims');
  // The sample has no such sentence: the reader goes to the first document that has.
  await expect(title(page)).toHaveText('Ankara sets a deadline');
  await expect(filterBar(page)).toContainText('2 of 5 sentences here · 3 in 2 documents of the notebook');
  await expect(current(page)).toHaveAttribute('data-sentence-number', '2');

  await page.keyboard.press(']');
  await expect(current(page)).toHaveAttribute('data-sentence-number', '4');
  await page.keyboard.press(']');
  await expect(title(page)).toHaveText('Beirut counts the dead');
  await expect(current(page)).toHaveAttribute('data-sentence-number', '2');
  await expect(page.getByText('On to “Beirut counts the dead”.')).toBeVisible();

  // And back with [, to the last match of the document before.
  await page.keyboard.press('[');
  await expect(title(page)).toHaveText('Ankara sets a deadline');
  await expect(current(page)).toHaveAttribute('data-sentence-number', '4');
});

test('a co-occurrence cell whose sentences are in another document opens that document, filtered', async ({ page }) => {
  await expect(title(page)).toHaveText(/Russian Federation/);
  await page.getByRole('button', { name: 'Overview' }).click();
  await expect(page.getByTestId('overview-scope')).toHaveText('the notebook');
  await page.getByRole('button', { name: /^Turkey trade threats and Missile claims: 1 sentence together/ }).click();
  await expect(title(page)).toHaveText('Ankara sets a deadline');
  await expect(filterBar(page)).toContainText('1 of 5 sentences here');
  await expect(current(page)).toHaveAttribute('data-sentence-number', '4');
  await expect(reader(page)).not.toContainText('No sentence in this document has the filtered themes');
});

test('Retrieve lists the sentences by document with their context, and opens one in the reader; a reload comes back there', async ({ page }) => {
  await page.getByRole('button', { name: 'Retrieve' }).click();
  await page.getByRole('group', { name: 'Themes to retrieve' }).getByRole('button', { name: /Missile claims/ }).click();
  const view = page.getByRole('region', { name: 'Retrieve' });
  await expect(view.getByRole('status')).toHaveText('3 sentences in 2 documents of the notebook');
  await expect(view.getByRole('heading', { name: /Ankara sets a deadline/ })).toContainText('2 sentences');
  const beirut = view.getByRole('button', { name: /The observatory said the missiles came from the sea/ });
  await expect(beirut).toContainText('Beirut counted the dead after the strike.');
  await expect(beirut).toContainText('The sea, not Iran.');

  // Leaving out a theme narrows the list.
  await page.getByRole('group', { name: 'Themes to leave out' }).getByRole('button', { name: /Turkey trade threats/ }).click();
  await expect(view.getByRole('status')).toHaveText('2 sentences in 2 documents of the notebook');

  await beirut.click();
  await expect(title(page)).toHaveText('Beirut counts the dead');
  await expect(current(page)).toHaveAttribute('data-sentence-number', '2');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-themata-ready', 'true');
  await expect(title(page)).toHaveText('Beirut counts the dead');
  await expect(current(page)).toHaveAttribute('data-sentence-number', '2');
  await expect(current(page)).toBeInViewport();
});

test('the counts say what they count, for the notebook, a selection of documents or this document', async ({ page }) => {
  const themes = page.getByRole('complementary', { name: 'Themes' });
  const status = page.getByRole('contentinfo', { name: 'Status' });
  await expect(themes.getByTestId('theme-counts-scope')).toHaveText('Tagged sentences in the notebook');
  await expect(themes.getByRole('button', { name: /^Missile claims, key 1, 3 sentences tagged in the notebook/ })).toBeVisible();
  await expect(status.getByTestId('status-scope')).toHaveText('in the notebook');

  await page.getByRole('navigation', { name: 'Documents' }).getByRole('checkbox', { name: 'Choose Beirut counts the dead' }).check();
  await expect(page.getByRole('button', { name: 'Work in: 1 document' })).toBeVisible();
  await expect(themes.getByRole('button', { name: /^Missile claims, key 1, 1 sentence tagged in the selection \(1 document\)/ })).toBeVisible();
  await expect(status.getByTestId('status-sentences')).toHaveText('3 sentences');

  // Search keeps to the selection too.
  await page.keyboard.press('ControlOrMeta+f');
  await page.getByRole('searchbox', { name: 'Search sentences and notes' }).fill('missiles');
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.getByRole('status')).toHaveText('1 match');
  await expect(results.getByTestId('search-scope')).toHaveText('Searching the selection (1 document)');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Work in: 1 document' }).click();
  await page.getByRole('radio', { name: /This document/ }).click();
  await expect(themes.getByRole('button', { name: /^Missile claims, key 1, 0 sentences tagged in this document/ })).toBeVisible();
  await expect(status.getByTestId('status-scope')).toHaveText('in this document');
});

test('the scope can be the documents with some details, and follows an outlet edited later', async ({ page }) => {
  const themes = page.getByRole('complementary', { name: 'Themes' });
  await page.getByRole('button', { name: 'Work in: Notebook' }).click();
  const panel = page.getByRole('dialog', { name: 'Work in: Notebook' });
  await panel.getByRole('radio', { name: /Documents by their details/ }).check();
  const conditions = panel.getByRole('form', { name: 'Documents by their details' });
  await expect(conditions.getByTestId('conditions-count')).toHaveText('No condition: every document');
  await conditions.getByLabel('Outlet').selectOption('Hürriyet');
  await expect(conditions.getByTestId('conditions-count')).toHaveText('1 of 3 documents meets these conditions');
  await conditions.getByRole('button', { name: '+ A condition on your own variables' }).click();
  await conditions.getByRole('combobox', { name: 'Variable 1', exact: true }).selectOption('country');
  await conditions.getByRole('combobox', { name: 'Value of country' }).selectOption('Lebanon');
  await expect(conditions.getByTestId('conditions-count')).toHaveText('0 of 3 documents meet these conditions');
  await expect(conditions.getByRole('button', { name: 'Work in 0 documents' })).toBeDisabled();
  await conditions.getByRole('button', { name: 'Remove condition 1' }).click();
  await conditions.getByRole('button', { name: 'Work in 1 document' }).click();

  await expect(page.getByRole('button', { name: 'Work in: outlet Hürriyet (1)' })).toBeVisible();
  await expect(themes.getByRole('button', { name: /^Missile claims, key 1, 2 sentences tagged in the documents with outlet Hürriyet \(1 document\)/ })).toBeVisible();
  await expect(page.getByRole('contentinfo', { name: 'Status' }).getByTestId('status-scope')).toHaveText('in the documents with outlet Hürriyet (1 document)');

  // Beirut's outlet changed in its Details panel: the scope takes it in, and the counts follow.
  await page.getByRole('navigation', { name: 'Documents' }).getByRole('button', { name: /^Beirut counts the dead/ }).click();
  await page.getByRole('button', { name: 'Details & memo' }).click();
  const outlet = page.getByRole('region', { name: 'Details' }).getByRole('textbox', { name: 'Outlet' });
  await outlet.fill('Hürriyet');
  await outlet.blur();
  await expect(themes.getByRole('button', { name: /^Missile claims, key 1, 3 sentences tagged in the documents with outlet Hürriyet \(2 documents\)/ })).toBeVisible();

  // Opened again, the panel shows the conditions in use.
  await page.getByRole('button', { name: 'Work in: outlet Hürriyet (2)' }).click();
  await expect(page.getByRole('dialog', { name: 'Work in: outlet Hürriyet (2)' }).getByRole('combobox', { name: 'Outlet', exact: true })).toHaveValue('Hürriyet');
});

test('the overview compares outlets or a variable\'s values, and a count opens its sentences in those documents', async ({ page }) => {
  await page.getByRole('button', { name: 'Overview', exact: true }).click();
  const card = page.getByRole('region', { name: 'Tagged sentences per theme, by the documents’ details' });
  await expect(card.getByRole('table', { name: 'Tagged sentences per theme, by outlet' })).toContainText('Hürriyet');
  await card.getByRole('combobox', { name: 'Compare by' }).selectOption('country');
  const byCountry = card.getByRole('table', { name: 'Tagged sentences per theme, by country' });
  await expect(byCountry.getByRole('row', { name: /^Lebanon 1 1 of 3/ })).toBeVisible();
  await expect(byCountry.getByRole('row', { name: /^Turkey 1 3 of 5/ })).toBeVisible();

  await byCountry.getByRole('button', { name: 'Turkey: 2 sentences tagged Missile claims. Read them' }).click();
  await expect(page.getByRole('button', { name: 'Work in: country = Turkey (1)' })).toBeVisible();
  await expect(title(page)).toHaveText('Ankara sets a deadline');
  await expect(filterBar(page)).toContainText('2 of 5');
  await expect(current(page)).toContainText('Officials said the missiles were never fired.');
});

test.describe('a notebook of twenty articles', () => {
  test.use({
    prepareNotebook: {
      apply: (notebook) => {
        const [missiles] = notebook.listThemes();
        for (let i = 1; i <= 20; i += 1) {
          const story = notebook.importDocument({
            title: `Wire story ${i}`,
            text: Array.from({ length: 21 }, (_, k) => `Sentence ${k + 1} of story ${i} reports the strike.`).join(' '),
            sourceName: null,
          });
          // Story i has i tagged sentences: story 20 is the most tagged.
          notebook.tag(Array.from({ length: i }, (_, k) => notebook.sentenceId(story.id, k + 1)), missiles!.id);
        }
      },
    },
  });

  test('tags per document starts with the most tagged documents and shows them all on demand', async ({ page }) => {
    await page.getByRole('button', { name: 'Overview', exact: true }).click();
    const bars = page.getByRole('group', { name: 'Tags per document, by theme' });
    await expect(page.getByTestId('document-bars-shown')).toContainText('The 12 documents with the most tags, of 21.');
    await expect(bars.locator(':scope > g')).toHaveCount(12);
    await expect(bars.getByRole('button').first()).toHaveAccessibleName('Wire story 20: 20 tagged Missile claims. Filter the reader');
    await expect(bars.getByRole('button', { name: /^Wire story 8:/ })).toHaveCount(0);
    await page.getByRole('button', { name: 'Show all 21' }).click();
    await expect(bars.locator(':scope > g')).toHaveCount(21);
    await expect(page.getByTestId('document-bars-shown')).toContainText('All 21 documents, in the notebook’s order.');
    await bars.getByRole('button', { name: /^Wire story 8:/ }).click();
    await expect(title(page)).toHaveText('Wire story 8');
  });
});

test('an export keeps to the documents of the scope unless told otherwise', async ({ page }) => {
  await page.getByRole('button', { name: 'Work in: Notebook' }).click();
  await page.getByRole('radio', { name: /Documents by their details/ }).check();
  const conditions = page.getByRole('form', { name: 'Documents by their details' });
  await conditions.getByRole('combobox', { name: 'Outlet', exact: true }).selectOption("L'Orient");
  await conditions.getByRole('button', { name: 'Work in 1 document' }).click();

  await page.keyboard.press('ControlOrMeta+e');
  const dialog = page.getByRole('dialog', { name: /^Export to / });
  const preview = dialog.getByRole('region', { name: 'Markdown preview' });
  const only = dialog.getByRole('checkbox', { name: "Only the documents with outlet L'Orient (1 document)" });
  await expect(only).toBeChecked();
  await expect(preview).toContainText('The observatory said the missiles came from the sea.');
  await expect(preview).not.toContainText('Officials said the missiles were never fired.');
  await only.uncheck();
  await expect(preview).toContainText('Officials said the missiles were never fired.');
});
