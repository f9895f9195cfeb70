/**
 * A researcher's session on the sample article: tag with keys and with the
 * mouse, write a note, filter, search, undo and redo, export. Every wait is
 * on something the screen shows; nothing sleeps.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { saveExport } from './save-export';

const reader = (page: Page) => page.getByRole('document', { name: 'Reader' });
const sentence = (page: Page, number: number) => reader(page).locator(`[data-sentence-number="${number}"]`);

/**
 * The reader draws only the paragraphs in view (it is virtualized), so a
 * sentence further down is scrolled to with the mouse wheel, as a person would.
 */
async function scrollTo(page: Page, number: number): Promise<void> {
  const target = sentence(page, number);
  const box = await page.getByRole('main').boundingBox();
  if (!box) throw new Error('The reading pane is not on screen.');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(async () => {
    if ((await target.count()) > 0) await target.scrollIntoViewIfNeeded();
    else {
      const first = Number(await reader(page).locator('[data-sentence-number]').first().getAttribute('data-sentence-number'));
      await page.mouse.wheel(0, first > number ? -400 : 400);
    }
    await expect(target).toBeInViewport({ timeout: 250 });
  }).toPass({ timeout: 10_000 });
}
const chip = (page: Page, number: number, theme: string) =>
  page.getByRole('list', { name: `Themes of sentence ${number}` }).getByRole('listitem', { name: `Theme: ${theme}` });
const themesPanel = (page: Page) => page.getByRole('complementary', { name: 'Themes' });
const status = (page: Page) => page.getByRole('contentinfo', { name: 'Status' });

async function expectCurrent(page: Page, number: number): Promise<void> {
  await expect(reader(page).locator('[aria-current="true"]')).toHaveAttribute('data-sentence-number', String(number));
}

async function expectSaved(page: Page): Promise<void> {
  await expect(status(page).locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
}

async function tag(page: Page, number: number, key: string): Promise<void> {
  await scrollTo(page, number);
  await sentence(page, number).click();
  await expectCurrent(page, number);
  await page.keyboard.press(key);
}

async function writeNote(page: Page, number: number, text: string): Promise<void> {
  await scrollTo(page, number);
  await sentence(page, number).click();
  await page.keyboard.press('n');
  const field = page.getByRole('textbox', { name: `Note on sentence ${number}` });
  await expect(field).toBeFocused();
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await expect(field).toBeHidden();
  await expectSaved(page);
}

test('tags sentences with theme keys, a Shift-extended range, the mouse and the palette', async ({ page, themata }, testInfo) => {
  await expect(sentence(page, 1)).toBeVisible();

  // Keys: the first sentence is selected on open; j moves on, 1 toggles the theme in slot 1.
  await page.keyboard.press('j');
  await expectCurrent(page, 2);
  await page.keyboard.press('1');
  await expect(chip(page, 2, 'Missile claims')).toBeVisible();

  // A range: Shift+j extends the selection, one key tags all of it.
  await sentence(page, 3).click();
  await page.keyboard.press('Shift+J');
  await page.keyboard.press('Shift+J');
  await page.keyboard.press('2');
  for (const number of [3, 4, 5]) await expect(chip(page, number, 'Civilian-casualty assertions')).toBeVisible();

  // The mouse: a sentence, then a theme in the panel.
  await scrollTo(page, 12);
  await sentence(page, 12).click();
  await themesPanel(page).getByRole('button', { name: /^Turkey trade threats/ }).click();
  await expect(chip(page, 12, 'Turkey trade threats')).toBeVisible();
  await expect(themesPanel(page).getByRole('button', { name: /^Turkey trade threats/ })).toHaveAttribute('aria-pressed', 'true');

  // The palette, searched by typing.
  await scrollTo(page, 13);
  await sentence(page, 13).click();
  await page.keyboard.press('/');
  await page.getByRole('combobox', { name: 'Find a theme to toggle' }).fill('decon');
  await page.keyboard.press('Enter');
  await expect(chip(page, 13, 'Deconfliction talks')).toBeVisible();

  // The same key again takes the theme off.
  await tag(page, 2, '1');
  await expect(chip(page, 2, 'Missile claims')).toBeHidden();

  await expect(status(page).getByTestId('status-tagged')).toHaveText('5 tagged');
  await expectSaved(page);
  await page.screenshot({ path: testInfo.outputPath('tagged.png') });

  // Everything is in the notebook: a reload shows the same tags.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-themata-ready', 'true');
  await expect(chip(page, 4, 'Civilian-casualty assertions')).toBeVisible();
  await scrollTo(page, 12);
  await expect(chip(page, 12, 'Turkey trade threats')).toBeVisible();
  await expect(chip(page, 4, 'Civilian-casualty assertions')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Themes of sentence 2' })).toHaveCount(0);
  expect(themata.pageErrors).toEqual([]);
});

test('a note saves as the researcher types, without a save button, and is there after a reload', async ({ page, themata }) => {
  await scrollTo(page, 7);
  await sentence(page, 7).click();
  await page.keyboard.press('n');
  const field = page.getByRole('textbox', { name: 'Note on sentence 7' });
  await expect(field).toBeFocused();
  // Typing a key that is also a shortcut types it: it tags nothing.
  await page.keyboard.type("Carter's framing: 1 strategy, j'accuse.");
  await expect(page.getByRole('list', { name: 'Themes of sentence 7' })).toHaveCount(0);
  // Saved after a pause in typing, with the field still open.
  await expectSaved(page);
  await expect(field).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('note', { name: 'Note on sentence 7' })).toContainText("Carter's framing: 1 strategy, j'accuse.");
  await expectCurrent(page, 7);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-themata-ready', 'true');
  await scrollTo(page, 7);
  await expect(page.getByRole('note', { name: 'Note on sentence 7' })).toContainText("Carter's framing");
  expect(themata.pageErrors).toEqual([]);
});

test('a filter shows only the sentences with the chosen themes, and ] and [ step through them', async ({ page }, testInfo) => {
  await tag(page, 3, '1');
  await tag(page, 8, '1');
  await tag(page, 9, '2');
  await expect(chip(page, 9, 'Civilian-casualty assertions')).toBeVisible();

  await page.getByRole('button', { name: 'Filter by themes' }).click();
  const menu = page.getByRole('dialog', { name: 'Filter by themes' });
  await menu.getByRole('checkbox', { name: /Missile claims/ }).check();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();

  const filterBar = page.getByRole('region', { name: 'Filter' });
  await expect(filterBar).toContainText('2 of 13 sentences');
  await expect(reader(page).locator('[data-sentence-number]')).toHaveCount(2);
  await expectCurrent(page, 3);
  await page.keyboard.press(']');
  await expectCurrent(page, 8);
  await page.keyboard.press('[');
  await expectCurrent(page, 3);
  await page.screenshot({ path: testInfo.outputPath('filtered.png') });

  // Any of two themes, then all of them.
  await page.getByRole('button', { name: 'Filter by themes' }).click();
  await menu.getByRole('checkbox', { name: /Civilian-casualty assertions/ }).check();
  await expect(filterBar).toContainText('3 of 13 sentences');
  await menu.getByRole('radio', { name: 'All of these' }).check();
  await expect(filterBar).toContainText('0 of 13 sentences');
  await page.keyboard.press('Escape');

  await filterBar.getByRole('button', { name: 'Clear filter' }).click();
  await expect(filterBar).toBeHidden();
  await expect(sentence(page, 2)).toBeVisible();
});

test('search finds sentences and notes, and a result jumps to its sentence', async ({ page }) => {
  await writeNote(page, 6, 'The photo caption proves nothing about the strikes.');

  await page.keyboard.press('ControlOrMeta+f');
  const search = page.getByRole('searchbox', { name: 'Search sentences and notes' });
  await expect(search).toBeFocused();
  await search.fill('Erdogan');
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.getByRole('status')).toHaveText('1 match');
  await expect(results.locator('mark')).toHaveText(['Erdogan']);
  await results.getByRole('button', { name: /Turkish President Recep Tayyip Erdogan/ }).click();
  await expectCurrent(page, 12);
  await expect(sentence(page, 12).locator('mark')).toHaveText('Erdogan');

  // A note matches too.
  await search.fill('caption');
  await expect(results.getByRole('status')).toHaveText('1 match');
  await expect(results).toContainText('The photo caption proves nothing');
  await results.getByRole('button', { name: /In a photo released/ }).click();
  await expectCurrent(page, 6);

  // Esc in the field closes the search and goes back to the documents.
  await search.focus();
  await page.keyboard.press('Escape');
  await expect(results).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Documents' })).toBeVisible();
});

test('undo and redo reverse tags and notes, and the history lasts across a restart', async ({ page }) => {
  await tag(page, 2, '1');
  await expect(chip(page, 2, 'Missile claims')).toBeVisible();
  await writeNote(page, 2, 'Moscow admits non-ISIL targets.');
  await expect(status(page)).toContainText('Undo: Edit the note on sentence 2');

  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByRole('note', { name: 'Note on sentence 2' })).toBeHidden();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(chip(page, 2, 'Missile claims')).toBeHidden();
  await expect(status(page).getByTestId('status-tagged')).toHaveText('0 tagged');

  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(chip(page, 2, 'Missile claims')).toBeVisible();
  await expect(status(page)).toContainText('Undo: Tag sentence 2 of ‘Russian Federation Denies US Cl…’ as Missile claims');

  // The notebook keeps its history: after a reload, undo still knows what it would reverse.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-themata-ready', 'true');
  await expect(status(page)).toContainText('Undo: Tag sentence 2 of ‘Russian Federation Denies US Cl…’ as Missile claims');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByRole('note', { name: 'Note on sentence 2' })).toContainText('Moscow admits non-ISIL targets.');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('note', { name: 'Note on sentence 2' })).toBeHidden();
});

test('exports tagged sentences to Markdown with a live preview, then shows where the file went', async ({ page, themata }, testInfo) => {
  await tag(page, 2, '2');
  await tag(page, 12, '3');
  await writeNote(page, 12, 'Gas and the nuclear plant: leverage.');

  await page.keyboard.press('ControlOrMeta+e');
  const dialog = page.getByRole('dialog', { name: 'Export to Markdown' });
  const preview = dialog.getByRole('region', { name: 'Markdown preview' });
  await expect(preview).toContainText('## Turkey trade threats');
  await expect(preview).toContainText('Gas and the nuclear plant: leverage.');

  // Options change the preview as they are set.
  await dialog.getByRole('checkbox', { name: 'Include notes' }).uncheck();
  await expect(preview).not.toContainText('Gas and the nuclear plant');
  await dialog.getByRole('checkbox', { name: 'Include notes' }).check();
  await dialog.getByRole('radio', { name: 'Document' }).check();
  await expect(preview).toContainText('grouped by document');
  await dialog.getByRole('checkbox', { name: /Civilian-casualty assertions/ }).uncheck();
  await expect(preview).not.toContainText('Although Moscow admitted');
  await page.screenshot({ path: testInfo.outputPath('export.png') });

  const target = `${themata.folder}/syria-by-document.md`;
  const written = await saveExport(page, dialog, themata, target);
  expect(written).toContain('grouped by document');
  expect(written).toContain('Turkish President Recep Tayyip Erdogan warned');
  expect(written).toContain('Gas and the nuclear plant: leverage.');
  expect(written).not.toContain('Although Moscow admitted');

  if (themata.target === 'electron') {
    await dialog.getByRole('button', { name: 'Show in folder' }).click();
    await expect.poll(async () => (await themata.shellLog()).revealed).toEqual([target]);
  } else {
    // A web page cannot open the file manager: no control that would do nothing.
    await expect(dialog.getByRole('button', { name: 'Show in folder' })).toHaveCount(0);
  }
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  expect(themata.pageErrors).toEqual([]);
});
