/**
 * Importing through the workspace's Import menu, whichever the target: the
 * desktop app shows the system's dialog (answered by the fixtures), the
 * browser its own file chooser (answered here).
 */
import type { Page, Route } from '@playwright/test';
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

/**
 * Holds the page's call number `from` (counted from 1) sending files, and every
 * later one, until released, so the import waits there with the progress view on
 * screen. The page sends up to 16 small files per call.
 */
export async function holdSending(page: Page, from: number): Promise<{ release: () => Promise<void> }> {
  let sent = 0;
  const held: Route[] = [];
  let holding = true;
  await page.route(
    (url) => url.pathname.endsWith('/api/imports%3Asend-files'),
    async (route) => {
      sent += 1;
      if (holding && sent >= from) held.push(route);
      else await route.continue();
    },
  );
  return {
    release: async () => {
      holding = false;
      for (const route of held.splice(0)) await route.continue();
    },
  };
}
