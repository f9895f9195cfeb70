/**
 * Several coders in the workspace: who is coding, whose tags the reader
 * shows (with each chip saying whose it is), a key refused in another
 * coder's view, and a document marked as coded and the mark undone.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { codeAs, twoColleagues } from './two-colleagues';

test.use({ prepareNotebook: twoColleagues });

const reader = (page: Page) => page.getByRole('document', { name: 'Reader' });
const chips = (page: Page, number: number) => reader(page).getByRole('list', { name: `Themes of sentence ${number}` }).getByRole('listitem');

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
