/**
 * Another coder's notebook merged in the workspace: picked in the page's file
 * chooser (sent as base64 in the browser), brought in as one step under ben's
 * name, with a report of what matched, what he added and what was left out;
 * a second merge of the same file adds nothing; one undo takes it all back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { bensNotebook, mergeThroughImportMenu } from './merging';
import { ROOT } from './target';

test.beforeEach(({ themata }) => {
  test.skip(themata.target === 'electron', 'The desktop app merges from its own open dialog (merge:choose, tested with the handlers); the page sends the file only in the browser.');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`another coder's notebook comes in as one step, with what matched, what he added and what was left out (${colorScheme})`, async ({ page, themata }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const bens = bensNotebook(themata.folder);
    const before = fs.readFileSync(bens);
    fs.mkdirSync(path.join(ROOT, 'e2e', 'screenshots'), { recursive: true });
    // The toolbar's Import menu, where a researcher sees it first.
    await page.getByRole('banner').getByRole('button', { name: 'Import documents' }).click();
    await expect(page.getByRole('button', { name: /Merge another coder’s work/ })).toContainText('their notebook (.themata) or project (.qdpx)');
    await page.screenshot({ path: path.join(ROOT, 'e2e', 'screenshots', `merge-menu-${colorScheme}.png`) });
    await page.keyboard.press('Escape');
    // The documents panel's own Import menu shows whole, not cut off at the panel's edge.
    await page.getByRole('navigation', { name: 'Documents' }).getByRole('button', { name: 'Import documents' }).click();
    const merge = page.getByRole('button', { name: /Merge another coder’s work/ });
    const box = (await merge.boundingBox())!;
    const panel = (await page.getByRole('navigation', { name: 'Documents' }).boundingBox())!;
    expect(box.x + box.width).toBeGreaterThan(panel.x + panel.width);
    await page.screenshot({ path: path.join(ROOT, 'e2e', 'screenshots', `merge-panel-menu-${colorScheme}.png`) });
    await page.keyboard.press('Escape');
    await mergeThroughImportMenu(page, bens);

    const dialog = page.getByRole('dialog', { name: 'Merged “Ben.themata”' });
    await expect(dialog).toHaveAccessibleDescription('As one step: Undo takes all of it back. Nothing already in this notebook was changed.');
    await expect(dialog.getByRole('region', { name: 'Matched' })).toContainText('1 document with the same text and 4 themes of the codebook were already in this notebook.');
    const added = dialog.getByRole('region', { name: 'Added' });
    await expect(added.getByRole('list').first().getByRole('listitem')).toHaveText(['1 document', '1 theme', '4 tags', '1 note', '2 done marks']);
    await expect(added).toContainText('New documents: “Ankara talks”');
    await expect(added).toContainText('New themes: “Denials”');
    await expect(added.getByRole('table', { name: 'By coder' }).getByRole('row', { name: /ben/ })).toHaveText(/ben\s*4\s*1\s*2/);
    await expect(dialog.getByRole('region', { name: 'Left out' })).toContainText('Nothing: all of the other coder’s work is in this notebook.');
    await page.screenshot({ path: path.join(ROOT, 'e2e', 'screenshots', `merge-report-${colorScheme}.png`) });

    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByRole('navigation', { name: 'Documents' })).toContainText('Ankara talks');
    await expect(page.getByRole('complementary', { name: 'Themes' })).toContainText('Denials');
    await expect(page.getByRole('contentinfo', { name: 'Status' })).toContainText('Undo: Merge work from Ben.themata');
    expect(fs.readFileSync(bens).equals(before)).toBe(true);
    expect(themata.pageErrors).toEqual([]);
  });
}

test('merging the same notebook again changes nothing, and one undo takes the first merge back', async ({ page, themata }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const bens = bensNotebook(themata.folder);
  await mergeThroughImportMenu(page, bens);
  await page.getByRole('dialog', { name: 'Merged “Ben.themata”' }).getByRole('button', { name: 'Done' }).click();

  await mergeThroughImportMenu(page, bens);
  const again = page.getByRole('dialog', { name: 'Nothing new in “Ben.themata”' });
  await expect(again).toHaveAccessibleDescription('Everything it holds is already in this notebook (4 tags, 1 note, 2 done marks); nothing changed.');
  await expect(again.getByRole('region', { name: 'Added' })).toHaveCount(0);
  await page.screenshot({ path: path.join(ROOT, 'e2e', 'screenshots', 'merge-nothing-new.png') });
  await again.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('contentinfo', { name: 'Status' })).toContainText('Undo: Merge work from Ben.themata');

  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByRole('navigation', { name: 'Documents' })).not.toContainText('Ankara talks');
  await expect(page.getByRole('complementary', { name: 'Themes' })).not.toContainText('Denials');
  expect(themata.pageErrors).toEqual([]);
});

test('a file that is not a notebook is refused in one sentence, and nothing changes', async ({ page, themata }) => {
  const fake = path.join(themata.folder, 'Notes.themata');
  fs.writeFileSync(fake, 'Some notes saved under the wrong name; not a notebook at all.');
  const documents = await page.getByRole('navigation', { name: 'Documents' }).getByRole('listitem').count();
  await mergeThroughImportMenu(page, fake);
  await expect(page.getByText(/Notes\.themata is not a Themata notebook\./)).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Documents' }).getByRole('listitem')).toHaveCount(documents);
});
