/**
 * Several coders in the workspace: who is coding, whose tags the reader
 * shows (with each chip saying whose it is), a key refused in another
 * coder's view, and a document marked as coded and the mark undone.
 */
import type { Page } from '@playwright/test';
import type { Notebook } from '../db';
import { expect, test } from './fixtures';

/** The sample article coded by two colleagues: Ana Lima and Ben Okafor, who has finished it. */
export const twoCoders = {
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

test.use({ prepareNotebook: twoCoders });

const reader = (page: Page) => page.getByRole('document', { name: 'Reader' });
const chips = (page: Page, number: number) => reader(page).getByRole('list', { name: `Themes of sentence ${number}` }).getByRole('listitem');

/** Who is coding, changed from the status bar's name. */
export async function codeAs(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: /change who is coding/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Who is coding?' });
  await dialog.getByLabel('Coder’s name').fill(name);
  await dialog.getByRole('button', { name: 'Code as this name' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('contentinfo', { name: 'Status' })).toContainText(`Coder: ${name}`);
}

test('two coders: whose chips, the view switch, a refused key, a coded mark undone, and who is coding', async ({ page }) => {
  await codeAs(page, 'Ana Lima');
  const coders = page.getByRole('region', { name: 'Coders' });
  const view = coders.getByRole('combobox', { name: 'Showing' });
  await expect(view).toHaveValue('everyone');

  // Everyone's: each chip says who holds it; Ana's note is hers to edit, Ben's is shown beneath.
  await expect(chips(page, 2)).toHaveCount(2);
  await expect(chips(page, 2).first()).toHaveAccessibleName('Theme: Missile claims, tagged by Ana Lima and Ben Okafor');
  await expect(chips(page, 2).nth(1)).toHaveAccessibleName('Theme: Turkey trade threats, tagged by Ben Okafor');
  await expect(coders.getByRole('list', { name: 'Coders’ marks on the chips' })).toContainText('Ana Lima (you)');
  await expect(reader(page).getByRole('note', { name: 'Note on sentence 2', exact: true })).toContainText('The figure Moscow disputes.');
  await expect(reader(page).getByRole('note', { name: 'Ben Okafor’s note on sentence 2' })).toContainText('Read as a denial rather than a claim.');

  // Ben's view: his tags alone, and a key press refused with one clear sentence.
  await view.selectOption({ label: 'Ben Okafor’s tags' });
  await expect(chips(page, 4)).toHaveCount(0);
  await expect(chips(page, 5)).toHaveCount(1);
  await reader(page).locator('[data-sentence-number="3"]').click();
  await page.keyboard.press('1');
  await expect(page.getByRole('status')).toContainText('You are viewing Ben Okafor’s tags; switch to My tags or Everyone’s to code.');
  await expect(chips(page, 3)).toHaveCount(0);

  // My tags: Ana's own, without marks; a key press codes again.
  await view.selectOption({ label: 'My tags' });
  await expect(chips(page, 5)).toHaveCount(0);
  await expect(chips(page, 2)).toHaveCount(1);
  await expect(chips(page, 2).first()).toHaveAccessibleName('Theme: Missile claims');
  await reader(page).locator('[data-sentence-number="3"]').click();
  await page.keyboard.press('1');
  await expect(chips(page, 3)).toHaveCount(1);

  // Marked as coded by Ana beside the title and in the documents list, then undone.
  const documents = page.getByRole('navigation', { name: 'Documents' });
  await expect(documents).toContainText('Coded by Ben Okafor');
  const toggle = page.getByRole('button', { name: 'Mark as coded', exact: true });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.getByRole('button', { name: 'Coded by you', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(documents).toContainText('Coded by you and Ben Okafor');
  await reader(page).locator('[data-sentence-number="3"]').click();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: 'Mark as coded', exact: true })).toHaveAttribute('aria-pressed', 'false');
  await expect(documents).toContainText('Coded by Ben Okafor');
  await expect(documents).not.toContainText('Coded by you');

  // Someone else codes from now on: "my" tags are theirs (none yet).
  await codeAs(page, 'Cleo');
  await expect(chips(page, 2)).toHaveCount(0);
  await expect(view.locator('option')).toHaveText(['My tags', 'Ana Lima’s tags', 'Ben Okafor’s tags', 'Everyone’s tags']);
});
