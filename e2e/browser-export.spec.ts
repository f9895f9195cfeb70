/**
 * The browser workspace's export is a real download: the bridge hands over
 * the file, the page saves it under the suggested name, and nothing is
 * written beside the notebook. The desktop app keeps its save dialog.
 * And what an export holds of notes: Markdown in a callout, untagged ones too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

test('in the browser, the export arrives as a download with the preview\'s bytes, and nothing is written beside the notebook', async ({ page, themata }) => {
  test.skip(themata.target !== 'chromium', 'the desktop app saves through its save dialog (workspace-workflow.spec.ts)');
  await page.keyboard.press('j');
  await page.keyboard.press('1');
  await page.keyboard.press('ControlOrMeta+e');
  const dialog = page.getByRole('dialog', { name: 'Export to Markdown' });
  await expect(dialog.getByRole('region', { name: 'Markdown preview' })).toContainText('## Missile claims');
  await expect(dialog.getByRole('button', { name: 'Save as Markdown…' })).toHaveCount(0);

  const arriving = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download Markdown' }).click();
  const download = await arriving;
  expect(download.suggestedFilename()).toBe('Study by theme.md');
  const kept = path.join(themata.folder, 'downloaded.md');
  await download.saveAs(kept);

  const expected = await page.evaluate(async () => {
    const api = (globalThis as unknown as { themata: { 'export:preview': (input: unknown) => Promise<{ ok: boolean; value: { text: string } }> } }).themata;
    return (await api['export:preview']({ by: 'theme', includeNotes: true })).value.text;
  });
  expect(fs.readFileSync(kept)).toEqual(Buffer.from(expected, 'utf8'));
  expect(expected).toContain('Russian Federation Denies US Claim');
  await expect(dialog.getByRole('status')).toHaveText(/Downloaded Study by theme\.md/);
  await expect(dialog.getByRole('button', { name: 'Show in folder' })).toHaveCount(0);
  // Only the download: no export written into the notebook's folder.
  expect(fs.readdirSync(themata.folder).filter((name) => name.endsWith('.md'))).toEqual(['downloaded.md']);
  expect(themata.pageErrors).toEqual([]);
});

test('a note on an untagged sentence is exported with its Markdown in a callout, unless the researcher leaves such notes out', async ({ page }) => {
  await page.keyboard.press('j');
  await page.keyboard.press('1');
  await page.keyboard.press('j');
  await page.keyboard.press('n');
  await page.keyboard.type('Check the *date*:\n- Wednesday\n- or Thursday');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('note', { name: 'Note on sentence 3' })).toContainText('Wednesday');

  await page.keyboard.press('ControlOrMeta+e');
  const dialog = page.getByRole('dialog', { name: 'Export to Markdown' });
  const preview = dialog.getByRole('region', { name: 'Markdown preview' });
  await expect(preview).toContainText('## Notes on untagged sentences');
  await expect(preview).toContainText('> [!note]\n> Check the *date*:\n> - Wednesday\n> - or Thursday');
  await dialog.getByRole('checkbox', { name: 'Also notes on untagged sentences' }).uncheck();
  await expect(preview).not.toContainText('Notes on untagged sentences');
  await expect(preview).not.toContainText('Wednesday');
  // Without notes, the option has nothing to add.
  await dialog.getByRole('checkbox', { name: 'Include notes' }).uncheck();
  await expect(dialog.getByRole('checkbox', { name: 'Also notes on untagged sentences' })).toBeDisabled();
});
