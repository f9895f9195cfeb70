/**
 * A note belongs to one sentence. With several selected, the note goes to the
 * focused one, and the editor and the theme panel say so before a word is written.
 * Saved, it shows as the Markdown the researcher wrote.
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

test('a saved note shows its Markdown formatted, and a link in it opens only after the researcher confirms', async ({ page, themata }) => {
  await page.keyboard.press('j');
  await page.keyboard.press('n');
  await page.keyboard.type('Compare the *Pentagon* figure:\n- 59 fired\n- 23 arrived\n\n<b>raw</b> [source](https://example.org/report)');
  await page.keyboard.press('Escape');
  const note = page.getByRole('note', { name: 'Note on sentence 2' });
  await expect(note.locator('em')).toHaveText('Pentagon');
  await expect(note.getByRole('listitem')).toHaveText(['59 fired', '23 arrived']);
  await expect(note).toContainText('<b>raw</b>');

  const link = note.getByRole('link', { name: 'source' });
  page.once('dialog', (dialog) => void dialog.dismiss());
  await link.click();
  // Declined: nothing opened, and the note did not open for editing either.
  await expect(page.getByRole('textbox', { name: 'Note on sentence 2' })).toHaveCount(0);
  expect((await themata.shellLog()).openedLinks).toEqual([]);
  page.once('dialog', (dialog) => void dialog.accept());
  await link.click();
  await expect.poll(async () => (await themata.shellLog()).openedLinks).toEqual(['https://example.org/report']);
});
