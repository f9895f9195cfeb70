/**
 * A notebook Themata can only read (a colleague's file, a read-only folder):
 * the window says so, keys and controls that would change it do nothing,
 * reading, search and export work, and the file is exactly as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { saveExport } from './save-export';
import { ROOT } from './target';

// The colleague's work: sentence 2 tagged as Missile claims, with a note.
test.use({
  readOnlyNotebook: true,
  prepareNotebook: {
    apply: (notebook) => {
      const [missiles] = notebook.listThemes();
      notebook.tag([notebook.sentenceId(1, 2)], missiles!.id);
      notebook.setNote(notebook.sentenceId(1, 2), 'Moscow admits non-ISIL targets.');
    },
  },
});

const reader = (page: Page) => page.getByRole('document', { name: 'Reader' });
const sentence = (page: Page, number: number) => reader(page).locator(`[data-sentence-number="${number}"]`);
const chips = (page: Page, number: number) => page.getByRole('list', { name: `Themes of sentence ${number}` });
const themesPanel = (page: Page) => page.getByRole('complementary', { name: 'Themes' });
const READ_ONLY_TITLE = 'Read-only notebook: Themata can’t change its file';

async function expectCurrent(page: Page, number: number): Promise<void> {
  await expect(reader(page).locator('[aria-current="true"]')).toHaveAttribute('data-sentence-number', String(number));
}

test('says the notebook is read-only and changes nothing in it, while reading and export work', async ({ page, themata }) => {
  const before = fs.readFileSync(themata.notebookPath);

  // The window says so, and what to do about it.
  const banner = page.getByRole('region', { name: 'Read-only notebook' });
  await expect(banner).toContainText('Themata can’t change this notebook’s file');
  await expect(banner).toContainText('To tag or write notes, copy the file to a folder you can write to');
  await expect(page.getByRole('contentinfo', { name: 'Status' })).toContainText('Read-only');
  if (themata.target === 'electron') {
    await banner.getByRole('button', { name: 'Show in folder' }).click();
    await expect.poll(async () => (await themata.shellLog()).revealed).toEqual([themata.notebookPath]);
  } else {
    await expect(banner.getByRole('button', { name: 'Show in folder' })).toHaveCount(0);
  }

  // Keys 1–9 tag nothing; a quiet message says why.
  await expect(chips(page, 2).getByRole('listitem', { name: 'Theme: Missile claims' })).toBeVisible();
  await sentence(page, 3).click();
  await expectCurrent(page, 3);
  await page.keyboard.press('1');
  await expect(page.getByRole('status').filter({ hasText: 'This notebook is read-only' })).toBeVisible();
  await page.keyboard.press('2');
  await expect(chips(page, 3)).toHaveCount(0);
  const missiles = themesPanel(page).getByRole('button', { name: /^Missile claims/ });
  await expect(missiles).toBeDisabled();
  await expect(missiles).toHaveAttribute('title', READ_ONLY_TITLE);
  await expect(themesPanel(page).getByRole('button', { name: /Palette/ })).toBeDisabled();

  // The note is text to read, not a field: neither a click nor n opens it.
  const note = page.getByRole('note', { name: 'Note on sentence 2' });
  await expect(note).toHaveText('Moscow admits non-ISIL targets.');
  await note.click();
  await sentence(page, 2).click();
  await page.keyboard.press('n');
  await expect(page.getByRole('textbox', { name: 'Note on sentence 2' })).toHaveCount(0);
  await expect(note.getByRole('button')).toHaveCount(0);

  // Undo, import and removal are off, and say why.
  await page.keyboard.press('ControlOrMeta+z');
  await expect(chips(page, 2).getByRole('listitem', { name: 'Theme: Missile claims' })).toBeVisible();
  for (const button of [page.getByRole('button', { name: 'Undo' }), page.getByRole('button', { name: 'Import documents' }).first()]) {
    await expect(button).toBeDisabled();
    await expect(button).toHaveAttribute('title', READ_ONLY_TITLE);
  }
  await expect(page.getByRole('button', { name: /^Remove / })).toBeDisabled();

  // The codebook is shown, not editable.
  await page.getByRole('button', { name: 'Codebook', exact: true }).click();
  const name = page.getByRole('textbox', { name: 'Name of theme 1' });
  await expect(name).toHaveValue('Missile claims');
  await expect(name).not.toBeEditable();
  await expect(page.getByRole('textbox', { name: 'New theme name' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Add theme' })).toBeDisabled();
  for (const label of [
    'Delete Missile claims',
    'Merge Missile claims into another theme',
    'Move Missile claims down',
    'Move Missile claims under another theme',
    'Colour of Missile claims: Vermillion',
  ]) {
    await expect(page.getByRole('button', { name: label })).toBeDisabled();
  }

  // Search and export work as ever.
  await page.getByRole('button', { name: 'Reader', exact: true }).click();
  await page.keyboard.press('ControlOrMeta+f');
  await page.getByRole('searchbox', { name: 'Search sentences and notes' }).fill('Latakia');
  await expect(page.getByRole('region', { name: 'Search results' }).getByRole('status')).toContainText('matches');
  await page.keyboard.press('Escape');
  await page.keyboard.press('ControlOrMeta+e');
  const dialog = page.getByRole('dialog', { name: 'Export to Markdown' });
  const target = path.join(themata.folder, 'read-only export.md');
  expect(await saveExport(page, dialog, themata, target)).toContain('Moscow admits non-ISIL targets.');
  await dialog.getByRole('button', { name: 'Done' }).click();

  // Whatever the page tries, the notebook refuses, and the file is untouched.
  const refused = await page.evaluate(() =>
    (globalThis as unknown as { themata: { 'themes:add': (input: unknown) => Promise<unknown> } }).themata['themes:add']({ name: 'Sneaked in' }),
  );
  expect(refused).toMatchObject({ ok: false, error: { code: 'read-only' } });
  expect(fs.readFileSync(themata.notebookPath).equals(before)).toBe(true);
  expect(themata.pageErrors).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the read-only workspace (${colorScheme}) for the screenshots`, async ({ page }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await expect(page.getByRole('region', { name: 'Read-only notebook' })).toBeVisible();
    await sentence(page, 2).click();
    await expect(page.getByRole('note', { name: 'Note on sentence 2' })).toBeVisible();
    await page.screenshot({ path: path.join(ROOT, 'e2e', 'screenshots', `read-only-${colorScheme}.png`) });
    await page.getByRole('button', { name: 'Codebook', exact: true }).click();
    await expect(page.getByRole('textbox', { name: 'Name of theme 1' })).toHaveValue('Missile claims');
    await page.screenshot({ path: path.join(ROOT, 'e2e', 'screenshots', `read-only-codebook-${colorScheme}.png`) });
  });
}
