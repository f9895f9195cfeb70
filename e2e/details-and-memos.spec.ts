/**
 * A document's details and memos, as a researcher keeps them: typed into the
 * details panel and the memo windows, saved without a save button, there
 * after a reload, and in the Markdown export.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ROOT } from './target';
import { saveExport } from './save-export';

const status = (page: Page) => page.getByRole('contentinfo', { name: 'Status' });
const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const documents = (page: Page) => page.getByRole('navigation', { name: 'Documents' });

async function expectSaved(page: Page): Promise<void> {
  await expect(status(page).locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
}

async function reload(page: Page): Promise<void> {
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-themata-ready', 'true');
}

async function openDetails(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Details & memo' }).click();
  await expect(details(page)).toBeVisible();
}

test('details, attributes and memos typed in the workspace are kept after a reload and exported', async ({ page, themata }) => {
  test.slow();
  await openDetails(page);
  const panel = details(page);
  await panel.getByRole('textbox', { name: 'Outlet' }).fill('Reuters');
  await panel.getByRole('textbox', { name: 'Author' }).fill('Phil Stewart');
  await panel.getByLabel('Published').fill('2017-04-07');
  await panel.getByRole('textbox', { name: 'Language' }).fill('en');
  // A URL without its scheme is not sent: the field says why.
  await panel.getByRole('textbox', { name: 'URL' }).fill('example.org/shayrat');
  await expect(panel.getByText('A URL starts with http:// or https://.')).toBeVisible();
  await panel.getByRole('textbox', { name: 'URL' }).fill('https://example.org/shayrat');
  await expect(panel.getByText('A URL starts with http:// or https://.')).toBeHidden();
  await panel.getByRole('button', { name: 'Add attribute' }).click();
  await expect(panel.getByRole('textbox', { name: 'New attribute name' })).toBeFocused();
  await page.keyboard.type('country');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Syria');
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('textbox', { name: 'Value of country' })).toHaveValue('Syria');
  // Typing a shortcut's key into a field types it: it tags nothing.
  await panel.getByRole('textbox', { name: 'Memo on this document' }).fill('A wire report; 1 strategy of denial, j/k.');
  await expectSaved(page);
  await expect(documents(page)).toContainText('Reuters');
  await expect(status(page)).toContainText('Undo: Edit the memo on ‘Russian Federation Denies');

  // The notebook memo, from the documents panel; a theme's, from the codebook.
  await documents(page).getByRole('button', { name: 'Notebook memo' }).click();
  const notebookMemo = page.getByRole('dialog', { name: 'Notebook memo' });
  await expect(notebookMemo.getByRole('textbox', { name: 'Memo' })).toBeFocused();
  await page.keyboard.type('Compare how outlets frame the strike.');
  await notebookMemo.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'Codebook', exact: true }).click();
  await page.getByRole('button', { name: 'Memo on Missile claims' }).click();
  await page.getByRole('dialog', { name: 'Memo on theme “Missile claims”' }).getByRole('textbox', { name: 'Memo' }).fill('Counts of missiles, as each side gives them.');
  await page.keyboard.press('Escape');
  await expectSaved(page);

  await reload(page);
  await openDetails(page);
  await expect(details(page).getByRole('textbox', { name: 'Outlet' })).toHaveValue('Reuters');
  await expect(details(page).getByLabel('Published')).toHaveValue('2017-04-07');
  await expect(details(page).getByRole('textbox', { name: 'URL' })).toHaveValue('https://example.org/shayrat');
  await expect(details(page).getByRole('textbox', { name: 'Value of country' })).toHaveValue('Syria');
  await expect(details(page).getByRole('textbox', { name: 'Memo on this document' })).toHaveValue('A wire report; 1 strategy of denial, j/k.');

  // Memos are found by search, each saying what it is about.
  await page.keyboard.press('ControlOrMeta+f');
  await page.getByRole('searchbox', { name: 'Search sentences and notes' }).fill('outlets frame');
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.getByRole('status')).toContainText('1 memo');
  await results.getByRole('button', { name: /Notebook memo/ }).click();
  await expect(page.getByRole('dialog', { name: 'Notebook memo' }).getByRole('textbox', { name: 'Memo' })).toHaveValue('Compare how outlets frame the strike.');
  await page.keyboard.press('Escape');

  // The export carries them: front matter, the details line, the memos.
  await page.keyboard.press('ControlOrMeta+e');
  const exportDialog = page.getByRole('dialog', { name: /Export/ });
  await exportDialog.getByText('Document', { exact: true }).click();
  const preview = exportDialog.getByRole('region', { name: 'Markdown preview' });
  await expect(preview).toContainText('outlet: "Reuters"');
  await expect(preview).toContainText('Reuters · 2017-04-07 · by Phil Stewart · language: en · https://example.org/shayrat · country: Syria');
  await expect(preview).toContainText('*Memo:* Compare how outlets frame the strike.');
  await expect(preview).toContainText('*Memo:* A wire report; 1 strategy of denial, j/k.');
  const written = await saveExport(page, exportDialog, themata, path.join(themata.folder, 'export.md'));
  expect(written).toContain('    attributes:\n      "country": "Syria"');
  expect(themata.pageErrors).toEqual([]);
});

test('undo takes back a detail typed in the panel, and the panel shows what is stored', async ({ page }) => {
  await openDetails(page);
  await details(page).getByRole('textbox', { name: 'Outlet' }).fill('TASS');
  await expectSaved(page);
  await details(page).getByRole('textbox', { name: 'Outlet' }).blur();
  await expect(status(page)).toContainText('Set outlet of ‘');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(details(page).getByRole('textbox', { name: 'Outlet' })).toHaveValue('');
  await expect(documents(page)).not.toContainText('TASS');
});

test('the documents list sorts by title, outlet, date and import order', async ({ page }) => {
  await page.evaluate(async () => {
    const api = (window as unknown as { themata: Record<string, (input: unknown) => Promise<unknown>> }).themata;
    await api['documents:import-text']!({ title: 'Ankara weighs trade limits', text: 'Erdogan warned. Gas prices rose.', sourceName: null });
    await api['documents:set-details']!({ documentId: 2, patch: { outlet: 'Al Jazeera', publishedOn: '2017-04-09' } });
    await api['documents:set-details']!({ documentId: 1, patch: { outlet: 'Reuters', publishedOn: '2017-04-07' } });
  });
  await reload(page);
  const names = () => documents(page).locator('.document-name').allTextContents();
  const sort = documents(page).getByRole('combobox', { name: 'Sort by' });
  expect((await names())[1]).toBe('Ankara weighs trade limits');
  await sort.selectOption('Title');
  await expect.poll(async () => (await names())[0]).toBe('Ankara weighs trade limits');
  await sort.selectOption('Published date');
  await expect.poll(async () => (await names())[1]).toBe('Ankara weighs trade limits');
  await sort.selectOption('Outlet');
  await expect.poll(async () => (await names())[0]).toBe('Ankara weighs trade limits');
  await expect(documents(page)).toContainText(/Al Jazeera · (9 Apr|Apr 9,) 2017/);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the details panel and a memo (${colorScheme}), for the screenshots`, async ({ page }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.evaluate(async () => {
      const api = (window as unknown as { themata: Record<string, (input: unknown) => Promise<unknown>> }).themata;
      await api['documents:set-details']!({
        documentId: 1,
        patch: { outlet: 'Reuters', author: 'Phil Stewart', publishedOn: '2017-04-07', language: 'en', url: 'https://example.org/shayrat', attributes: { country: 'Syria', stance: 'sceptical' } },
      });
      await api['memos:set']!({ subject: { kind: 'document', documentId: 1 }, body: 'A wire report: both sides’ figures side by side.' });
      await api['memos:set']!({ subject: { kind: 'notebook' }, body: 'Compare how outlets frame the strike: numbers, sources, what is left out.' });
    });
    await reload(page);
    await openDetails(page);
    await expect(details(page).getByRole('textbox', { name: 'Memo on this document' })).toHaveValue(/wire report/);
    fs.mkdirSync(path.join(ROOT, 'e2e', 'screenshots'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'e2e', 'screenshots', `details-${colorScheme}.png`) });
    await documents(page).getByRole('button', { name: 'Notebook memo' }).click();
    await expect(page.getByRole('dialog', { name: 'Notebook memo' }).getByRole('textbox', { name: 'Memo' })).toHaveValue(/outlets frame/);
    await page.screenshot({ path: path.join(ROOT, 'e2e', 'screenshots', `memo-${colorScheme}.png`) });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Hide the details' }).click();
    await page.keyboard.press('j');
    await page.keyboard.press('1');
    await page.getByRole('button', { name: 'Overview', exact: true }).click();
    const table = page.getByRole('table');
    await expect(table).toContainText('Reuters');
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ROOT, 'e2e', 'screenshots', `outlets-${colorScheme}.png`) });
  });
}
