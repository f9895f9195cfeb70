/**
 * A REFI-QDA project from a colleague's tool, imported in the workspace: picked
 * in the page's file chooser (sent as base64 in the browser), brought in as one
 * step, with a report of what it added and what the notebook cannot hold; a
 * project among articles is refused with a hint.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { Notebook } from '../db';
import { codedStudy } from '../db/exchange/refi-test-study';
import { expect, test } from './fixtures';
import { ROOT } from './target';

/** The test study (two documents, nested themes, two coders, notes, memos) exported by another notebook. */
function colleaguesProject(folder: string): string {
  const other = path.join(folder, 'colleague');
  fs.mkdirSync(other, { recursive: true });
  const notebook = Notebook.open(codedStudy(other), { coder: 'ana' });
  const file = path.join(folder, 'Colleague.qdpx');
  try {
    fs.writeFileSync(file, notebook.exportQdpx());
  } finally {
    notebook.close();
  }
  return file;
}

async function chooseInImportMenu(page: Page, item: RegExp, files: string[]): Promise<void> {
  await page.getByRole('navigation', { name: 'Documents' }).getByRole('button', { name: 'Import documents' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: item }).click();
  await (await chooser).setFiles(files);
}

test.beforeEach(({ themata }) => {
  test.skip(themata.target === 'electron', 'The desktop app imports a project from its own open dialog (projects:choose, tested with the handlers); the page sends it only in the browser.');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a colleague's REFI-QDA project comes in as one step, with what it added and left out (${colorScheme})`, async ({ page, themata }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await chooseInImportMenu(page, /Import a REFI-QDA project/, [colleaguesProject(themata.folder)]);

    const dialog = page.getByRole('dialog', { name: 'Imported “Colleague.qdpx”' });
    await expect(dialog).toHaveAccessibleDescription('As one step: Undo takes all of it back.');
    const added = dialog.getByRole('region', { name: 'Added' });
    await expect(added.getByRole('listitem').filter({ hasText: 'documents' })).toHaveText(/^2 documents/);
    await expect(added.getByRole('listitem').filter({ hasText: 'tags' })).toHaveText(/^5 tags/);
    await expect(added).toContainText('Coded by ana, ben');
    await expect(dialog.getByRole('region', { name: 'Not represented' })).toContainText('Nothing: everything the file holds is in the notebook.');
    await expect(page.getByText('Importing Colleague.qdpx…')).toHaveCount(0);
    fs.mkdirSync(path.join(ROOT, 'e2e', 'screenshots'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'e2e', 'screenshots', `import-project-${colorScheme}.png`) });

    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByRole('navigation', { name: 'Documents' })).toContainText('Syria report');
    await expect(page.getByRole('complementary', { name: 'Themes' })).toContainText('Trade & threats');
    await expect(page.getByRole('contentinfo', { name: 'Status' })).toContainText('Undo: Import Colleague.qdpx');
    expect(themata.pageErrors).toEqual([]);
  });
}

test('a project chosen with articles is refused with a hint, and nothing is imported', async ({ page, themata }) => {
  const article = path.join(themata.folder, 'note.txt');
  fs.writeFileSync(article, 'Ankara set a deadline for the gas talks.');
  const before = await page.getByRole('navigation', { name: 'Documents' }).getByRole('listitem').count();
  await chooseInImportMenu(page, /Import files/, [article, colleaguesProject(themata.folder)]);
  await expect(page.getByText('A REFI-QDA project (.qdpx) or codebook (.qdc) is imported on its own')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Documents' }).getByRole('listitem')).toHaveCount(before);
});
