/**
 * Exporting for R, pandas and spreadsheets from the export dialog: the
 * format chosen changes the preview (a CSV's first rows as a table, a JSON
 * snippet) and the file saved or downloaded, whose content is read back here
 * as a researcher's script would read it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { TagsJson, ThemeCountsJson } from '../db/export';
import { csvObjects } from '../db/export/csv-test-support';
import { expect, test } from './fixtures';
import { saveExport } from './save-export';
import { ROOT } from './target';
import { unzipSync } from 'fflate';

/** Two sentences tagged with two themes, and a note with a comma and quotes on the second. */
async function codeTwoSentences(page: Page): Promise<void> {
  await page.keyboard.press('j');
  await page.keyboard.press('1');
  await page.keyboard.press('j');
  await page.keyboard.press('2');
  await page.keyboard.press('n');
  await page.keyboard.type('Denied, "flatly" – check the date');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('note', { name: /Note on sentence/ })).toBeVisible();
}

async function openExport(page: Page) {
  await page.keyboard.press('ControlOrMeta+e');
  const dialog = page.getByRole('dialog', { name: /^Export to / });
  await expect(dialog.getByRole('region', { name: 'Markdown preview' })).toContainText('Missile claims');
  return dialog;
}

test('exports a row per tag as CSV: the preview shows the first rows as a table, and the file reads back with the note exact', async ({ page, themata }) => {
  await codeTwoSentences(page);
  const dialog = await openExport(page);
  await dialog.getByRole('radio', { name: 'CSV' }).check();
  await expect(dialog).toHaveAccessibleName('Export to CSV');
  const preview = dialog.getByRole('region', { name: 'CSV preview' });
  await expect(preview.getByRole('columnheader', { name: 'theme_path' })).toBeVisible();
  await expect(preview.getByRole('row')).toHaveCount(3);
  await expect(preview.getByRole('cell', { name: 'Denied, "flatly" – check the date' })).toBeVisible();
  await expect(dialog.getByText('2 rows')).toBeVisible();

  const target = path.join(themata.folder, 'tags.csv');
  const rows = csvObjects(await saveExport(page, dialog, themata, target, 'CSV'));
  expect(rows.map((r) => [r.sentence, r.theme, r.note])).toEqual([
    ['2', 'Missile claims', ''],
    ['3', 'Civilian-casualty assertions', 'Denied, "flatly" – check the date'],
  ]);
  expect(rows[0]!.title).toBe('Russian Federation Denies US Claim That Four Syria-Bound Missiles Crashed in Iran');
  expect(Number(rows[1]!.start)).toBeGreaterThan(Number(rows[0]!.end));
  if (themata.target === 'chromium') expect(fs.readdirSync(themata.folder).filter((name) => name.endsWith('.csv'))).toEqual(['tags.csv']);
  expect(themata.pageErrors).toEqual([]);
});

test('exports the theme counts per document as CSV with a byte order mark for Excel', async ({ page, themata }) => {
  await codeTwoSentences(page);
  const dialog = await openExport(page);
  await dialog.getByRole('radio', { name: 'CSV' }).check();
  await dialog.getByRole('radio', { name: 'Theme counts' }).check();
  await dialog.getByRole('checkbox', { name: 'Mark as UTF-8 for Excel' }).check();
  const preview = dialog.getByRole('region', { name: 'CSV preview' });
  await expect(preview.getByRole('columnheader', { name: 'Civilian-casualty assertions' })).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: 'Include notes' })).toBeDisabled();

  const target = path.join(themata.folder, 'counts.csv');
  await saveExport(page, dialog, themata, target, 'CSV');
  const bytes = fs.readFileSync(target);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [row] = csvObjects(bytes.subarray(3).toString('utf8'));
  expect(row).toMatchObject({ 'Missile claims': '1', 'Civilian-casualty assertions': '1' });
  expect(Number(row!.sentences)).toBeGreaterThan(2);
});

test('exports JSON: the preview is a snippet of the file, and the file parses with the documented shape', async ({ page, themata }) => {
  await codeTwoSentences(page);
  const dialog = await openExport(page);
  await dialog.getByRole('radio', { name: 'JSON' }).check();
  await expect(dialog.getByRole('region', { name: 'JSON preview' })).toContainText('"format": "themata-tags"');
  const target = path.join(themata.folder, 'tags.json');
  const json = JSON.parse(await saveExport(page, dialog, themata, target, 'JSON')) as TagsJson;
  expect(json.rows.map((r) => [r.sentence, r.theme])).toEqual([[2, 'Missile claims'], [3, 'Civilian-casualty assertions']]);
  expect(json.documents.some((d) => d.id === json.rows[0]!.documentId)).toBe(true);

  await dialog.getByRole('button', { name: 'Done' }).click();
  const again = await openExport(page);
  await again.getByRole('radio', { name: 'JSON' }).check();
  await again.getByRole('radio', { name: 'Theme counts' }).check();
  await expect(again.getByRole('region', { name: 'JSON preview' })).toContainText('"format": "themata-theme-counts"');
  const counts = JSON.parse(await saveExport(page, again, themata, path.join(themata.folder, 'counts.json'), 'JSON')) as ThemeCountsJson;
  expect(counts.documents[0]!.counts).toMatchObject({ 'Missile claims': 1, 'Civilian-casualty assertions': 1 });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the export dialog's CSV and JSON previews (${colorScheme}), for the screenshots`, async ({ page }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await codeTwoSentences(page);
    const dialog = await openExport(page);
    await dialog.getByRole('radio', { name: 'CSV' }).check();
    await expect(dialog.getByRole('region', { name: 'CSV preview' }).getByRole('row')).toHaveCount(3);
    await page.screenshot({ path: path.join(ROOT, 'e2e', 'screenshots', `export-csv-${colorScheme}.png`) });
    await dialog.getByRole('radio', { name: 'Theme counts' }).check();
    await expect(dialog.getByRole('region', { name: 'CSV preview' }).getByRole('columnheader', { name: 'Missile claims' })).toBeVisible();
    await page.screenshot({ path: path.join(ROOT, 'e2e', 'screenshots', `export-counts-${colorScheme}.png`) });
    await dialog.getByRole('radio', { name: 'JSON' }).check();
    await dialog.getByRole('radio', { name: 'Tag rows' }).check();
    await expect(dialog.getByRole('region', { name: 'JSON preview' })).toContainText('"rows"');
    await page.screenshot({ path: path.join(ROOT, 'e2e', 'screenshots', `export-json-${colorScheme}.png`) });
  });
}

test('exports a REFI-QDA project: the dialog says what it holds, and the file is a zip with the project and each source', async ({ page, themata }) => {
  await codeTwoSentences(page);
  const dialog = await openExport(page);
  await dialog.getByRole('radio', { name: 'QDPX' }).check();
  await expect(dialog).toHaveAccessibleName('Export to QDPX');
  await expect(dialog.getByTestId('export-whole')).toContainText('NVivo, ATLAS.ti, MAXQDA and QualCoder');
  await expect(dialog.getByRole('group', { name: /Themes/ })).toHaveCount(0);
  const preview = dialog.getByRole('region', { name: 'QDPX preview' });
  await expect(preview).toContainText(/2 +Codings/);

  const target = path.join(themata.folder, 'Study.qdpx');
  await saveExport(page, dialog, themata, target, 'QDPX');
  const files = unzipSync(fs.readFileSync(target));
  expect(Object.keys(files)).toContain('project.qde');
  expect(Object.keys(files).filter((name) => name.startsWith('sources/'))).toHaveLength(1);
  const project = Buffer.from(files['project.qde']!).toString('utf8');
  expect(project).toContain('name="Missile claims"');
  expect(project.match(/<Coding /g)).toHaveLength(2);

  await dialog.getByRole('button', { name: 'Done' }).click();
  const again = await openExport(page);
  await again.getByRole('radio', { name: 'QDC' }).check();
  await expect(again.getByRole('region', { name: 'QDC preview' })).toContainText('<CodeBook');
});
