/**
 * Restoring a backup from the workspace. The app backs the notebook up by
 * itself soon after the first change; a later change follows; restoring that
 * backup from the dialog brings the earlier state back on screen, and the
 * state it replaced is kept as a backup of its own.
 */
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ensureDefaultNotebook } from '../db';
import { backupFolder, type BackupReason } from '../db/backups';
import { expect, test } from './fixtures';
import { ROOT } from './target';

const reader = (page: Page) => page.getByRole('document', { name: 'Reader' });
const sentence = (page: Page, number: number) => reader(page).locator(`[data-sentence-number="${number}"]`);
const chips = (page: Page, number: number) => page.getByRole('list', { name: `Themes of sentence ${number}` });
const chip = (page: Page, number: number, theme: string) => chips(page, number).getByRole('listitem', { name: `Theme: ${theme}` });

/** The backup files the app has made for the test's notebook (THEMATA_HOME is <folder>/home). */
function backupFiles(folder: string): string[] {
  const root = path.join(folder, 'home', 'Backups');
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root).flatMap((notebook) => fs.readdirSync(path.join(root, notebook)).filter((name) => name.endsWith('.themata')));
}

async function tag(page: Page, number: number, key: string, theme: string): Promise<void> {
  await sentence(page, number).click();
  await expect(reader(page).locator('[aria-current="true"]')).toHaveAttribute('data-sentence-number', String(number));
  await page.keyboard.press(key);
  await expect(chip(page, number, theme)).toBeVisible();
  await expect(page.getByRole('contentinfo', { name: 'Status' }).locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
}

async function openRestoreDialog(page: Page) {
  await page.getByRole('button', { name: /^Notebook: / }).click();
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore from a Backup' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('restores a backup the app made, from the dialog, and shows the earlier state', async ({ page, themata }) => {
  // The first change: the app backs it up once the calls settle.
  await tag(page, 2, '1', 'Missile claims');
  await expect.poll(() => backupFiles(themata.folder), { timeout: 15_000 }).toEqual([expect.stringMatching(/Z hourly\.themata$/)]);
  // A later change, within the hour: no second backup.
  await tag(page, 3, '2', 'Civilian-casualty assertions');

  const dialog = await openRestoreDialog(page);
  const rows = dialog.getByRole('radio');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toBeChecked();
  await expect(rows.first()).toHaveAccessibleName(/, while you worked, 13 sentences, 1 tag, \d+ KB$/);
  await expect(dialog).toContainText('Today');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.screenshot({ path: path.join(ROOT, 'e2e', 'screenshots', 'backups.png') });
  const axe = await new AxeBuilder({ page }).include('.restore-backup-dialog').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await dialog.getByRole('button', { name: 'Restore…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(confirm).toContainText('13 sentences and 1 tag');
  await expect(confirm).toContainText('The notebook’s current state is backed up first');
  // Cancel has the focus: Enter never restores by accident.
  await expect(confirm.getByRole('button', { name: 'Back', exact: true })).toBeFocused();
  await page.screenshot({ path: path.join(ROOT, 'e2e', 'screenshots', 'backups-confirm.png') });
  await confirm.getByRole('button', { name: 'Restore Backup' }).click();
  await expect(confirm).toBeHidden();

  // The earlier state: sentence 2 tagged, sentence 3 not.
  await expect(page.getByRole('status').filter({ hasText: /Restored the backup of today, / })).toBeVisible();
  await expect(chip(page, 2, 'Missile claims')).toBeVisible();
  await expect(chips(page, 3)).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Themes' })).toContainText('Missile claims');

  // What the restore replaced is a backup too, listed first.
  const after = await openRestoreDialog(page);
  await expect(after.getByRole('radio')).toHaveCount(2);
  await expect(after.getByRole('radio').first()).toHaveAccessibleName(/, before a restore, 13 sentences, 2 tags, /);
  await after.getByRole('button', { name: 'Cancel' }).click();
  expect(themata.pageErrors).toEqual([]);
});

/**
 * A week of backups as a researcher would have them: made by the store from
 * a copy of the sample study as it grew, then put where the app lists the
 * test notebook's backups.
 */
async function stageAWeekOfBackups(notebookPath: string, folder: string): Promise<void> {
  const target = backupFolder(notebookPath, path.join(folder, 'home', 'Backups'));
  fs.mkdirSync(target, { recursive: true });
  const scratch = path.join(folder, 'scratch');
  let at = Date.now();
  const notebook = ensureDefaultNotebook(path.join(scratch, 'Study.themata'), {
    coder: 'e2e',
    backupRoot: path.join(scratch, 'Backups'),
    now: () => new Date(at).toISOString(),
  });
  const hour = 3_600_000;
  const documentId = notebook.listDocuments()[0]!.id;
  const themes = notebook.listThemes();
  const plan: [hoursAgo: number, reason: BackupReason, sentencesToTag: number[]][] = [
    [6 * 24 + 3, 'before-upgrade', []],
    [3 * 24 + 1, 'hourly', [2, 4, 5]],
    [2 * 24 + 5, 'before-restore', [7, 8]],
    [24 + 2, 'hourly', [9, 10, 11]],
    [5, 'hourly', [12]],
    // Within the hour: the app's own rolling backup is not due, whenever the page's calls settle.
    [0.5, 'hourly', [13, 3]],
  ];
  for (const [index, [hoursAgo, reason, numbers]] of plan.entries()) {
    at = Date.now() - hoursAgo * hour;
    for (const number of numbers) notebook.tag([notebook.sentenceId(documentId, number)], themes[number % themes.length]!.id);
    if (index === 3) notebook.importDocument({ title: 'Turkey warns over gas supplies', text: 'Ankara said it could look elsewhere for gas. Officials met on Thursday. The talks ended without a statement.', sourceName: null });
    const backup = await notebook.backup(reason);
    fs.renameSync(backup.path, path.join(target, path.basename(backup.path)));
  }
  notebook.close();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the dialog with a week of backups (${colorScheme}), for the screenshots`, async ({ page, themata }) => {
    await stageAWeekOfBackups(themata.notebookPath, themata.folder);
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const dialog = await openRestoreDialog(page);
    await expect(dialog.getByRole('radio')).toHaveCount(6);
    await expect(dialog.getByRole('radio').nth(3)).toHaveAccessibleName(/, before a restore, 13 sentences, 5 tags, /);
    await expect(dialog.getByRole('radio').nth(5)).toHaveAccessibleName(/, before an upgrade, 13 sentences, 0 tags, /);
    await page.screenshot({ path: path.join(ROOT, 'e2e', 'screenshots', `backups-week-${colorScheme}.png`) });
    const axe = await new AxeBuilder({ page }).include('.restore-backup-dialog').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}
