/** Another coder's notebook for the merge specs: the sample study, set up and coded by ben on his own machine. */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ensureDefaultNotebook } from '../db';

/**
 * The same sample article (matched by its text) and codebook (matched by
 * name: ben's themes have GUIDs of their own), four tags, a note, a new
 * sub-theme and a second article of his, both articles marked as coded.
 */
export function bensNotebook(folder: string): string {
  const home = path.join(folder, 'ben');
  fs.mkdirSync(home, { recursive: true });
  const file = path.join(home, 'Ben.themata');
  const ben = ensureDefaultNotebook(file, { coder: 'ben' });
  try {
    const theme = (name: string) => ben.findTheme(name).id;
    ben.tag([ben.sentenceId(1, 1), ben.sentenceId(1, 2)], theme('Missile claims'));
    const denials = ben.addTheme({ name: 'Denials', parentId: theme('Missile claims'), description: 'One side denies what the other claims.' }).id;
    ben.tag([ben.sentenceId(1, 3)], denials);
    ben.setNote(ben.sentenceId(1, 2), 'Ben: the Pentagon figure differs.');
    const talks = ben.importDocument({ title: 'Ankara talks', text: 'Ankara and Moscow met on Friday. Both sides agreed to talk again.\n', sourceName: 'ankara.txt' }).id;
    ben.tag([ben.sentenceId(talks, 1)], theme('Deconfliction talks'));
    ben.markDocumentCoded(1, true);
    ben.markDocumentCoded(talks, true);
  } finally {
    ben.close();
  }
  return file;
}

/** Import ▸ Merge another coder's work…, answered in the page's file chooser (the browser workspace). */
export async function mergeThroughImportMenu(page: Page, file: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Documents' }).getByRole('button', { name: 'Import documents' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Merge another coder’s work/ }).click();
  await (await chooser).setFiles([file]);
}
