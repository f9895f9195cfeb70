/**
 * Importing through the workspace's Import menu, whichever the target: the
 * desktop app shows the system's dialog (answered by the fixtures), the
 * browser its own file chooser (answered here).
 */
import type { Page } from '@playwright/test';
import type { ThemataFixture } from './fixtures';

export async function importThroughMenu(page: Page, themata: ThemataFixture, files: string[], kind: 'files' | 'folder' = 'files'): Promise<void> {
  await page.getByRole('navigation', { name: 'Documents' }).getByRole('button', { name: 'Import documents' }).click();
  const item = page.getByRole('button', { name: kind === 'files' ? /Import files/ : /Import a folder/ });
  if (themata.target === 'electron') {
    await themata.answerDialogs({ importFiles: files });
    await item.click();
    return;
  }
  const chooser = page.waitForEvent('filechooser');
  await item.click();
  await (await chooser).setFiles(files);
}
