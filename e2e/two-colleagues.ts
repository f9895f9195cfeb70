/** A notebook two colleagues have coded, and changing who is coding as a researcher does: for the specs of who is coding. */
import type { Page } from '@playwright/test';
import type { Notebook } from '../db';
import { expect } from './fixtures';

/** The sample article coded by two colleagues: Ana Lima and Ben Okafor, who has finished it. */
export const twoColleagues = {
  apply: (notebook: Notebook) => {
    const [missile, casualty, trade] = notebook.listThemes();
    const sentence = (n: number) => notebook.sentenceId(1, n);
    notebook.setCoder('Ana Lima');
    notebook.tag([sentence(2)], missile!.id);
    notebook.tag([sentence(4)], casualty!.id);
    notebook.setNote(sentence(2), 'The figure Moscow disputes.');
    notebook.setCoder('Ben Okafor');
    notebook.tag([sentence(2)], missile!.id);
    notebook.tag([sentence(2)], trade!.id);
    notebook.tag([sentence(5)], casualty!.id);
    notebook.setNote(sentence(2), 'Read as a denial rather than a claim.');
    notebook.markDocumentCoded(1, true);
  },
};

/** Who is coding, changed from the status bar's name. */
export async function codeAs(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: /change who is coding/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Who is coding?' });
  await dialog.getByLabel('Coder’s name').fill(name);
  await dialog.getByRole('button', { name: 'Code as this name' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('contentinfo', { name: 'Status' })).toContainText(`Coder: ${name}`);
}

