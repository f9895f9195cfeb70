/**
 * A note belongs to one sentence. With several selected, the note goes to the
 * focused one, and the editor and the theme panel say so before a word is written.
 */
import { expect, test } from './fixtures';

test('with several sentences selected, the note goes to the focused one and the editor says so', async ({ page }) => {
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('Shift+j');
  await page.keyboard.press('Shift+j');
  const themes = page.getByRole('complementary', { name: 'Themes' });
  await expect(themes).toContainText('Sentences 3–5');
  await expect(themes.getByRole('button', { name: /Note on sentence 5/ })).toBeVisible();

  await page.keyboard.press('n');
  const field = page.getByRole('textbox', { name: 'Note on sentence 5' });
  await expect(field).toBeFocused();
  await expect(field).toHaveAccessibleDescription(
    'This note is on sentence 5 only, the focused one of the 3 selected. A note belongs to one sentence; themes go to all 3.',
  );
  await page.keyboard.type('Only this one.');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('note', { name: 'Note on sentence 5' })).toContainText('Only this one.');
  await expect(page.getByRole('note', { name: 'Note on sentence 3' })).toHaveCount(0);
  await expect(page.getByRole('note', { name: 'Note on sentence 4' })).toHaveCount(0);
});

test('with one sentence selected, the editor names it and says nothing more', async ({ page }) => {
  await page.keyboard.press('j');
  await page.keyboard.press('n');
  const field = page.getByRole('textbox', { name: 'Note on sentence 2' });
  await expect(field).toBeFocused();
  await expect(field).toHaveAccessibleDescription('');
});
