/**
 * Saving an export from the dialog, as each target does it: the desktop app
 * through its save dialog (answered by the test), the browser workspace as a
 * download (caught with Playwright's download event and kept at `target`).
 */
import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, type ThemataFixture } from './fixtures';

/** `format` is the chosen format's label, as its buttons name it: Markdown, CSV, JSON. */
export async function saveExport(page: Page, dialog: Locator, themata: ThemataFixture, target: string, format = 'Markdown'): Promise<string> {
  if (themata.target === 'electron') {
    await themata.answerDialogs({ exportPath: target });
    await dialog.getByRole('button', { name: `Save as ${format}…` }).click();
    await expect(dialog.getByRole('status')).toContainText(`Saved to ${target}`);
    return fs.readFileSync(target, 'utf8');
  }
  const arriving = page.waitForEvent('download');
  await dialog.getByRole('button', { name: `Download ${format}` }).click();
  const download = await arriving;
  await download.saveAs(target);
  await expect(dialog.getByRole('status')).toContainText(`Downloaded ${download.suggestedFilename()}`);
  return fs.readFileSync(target, 'utf8');
}
