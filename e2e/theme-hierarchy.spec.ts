/**
 * A codebook that grows: sub-themes built by menu and by drag, a theme past
 * the ninth reached through the palette, a theme created from the palette
 * while coding, and the nesting carried into the export.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const reader = (page: Page) => page.getByRole('document', { name: 'Reader' });
const sentence = (page: Page, number: number) => reader(page).locator(`[data-sentence-number="${number}"]`);
const chips = (page: Page, number: number) => page.getByRole('list', { name: `Themes of sentence ${number}` });
const codebookRow = (page: Page, name: string) => page.getByRole('list', { name: 'Themes in codebook order' }).getByRole('listitem', { name, exact: true });
const status = (page: Page) => page.getByRole('contentinfo', { name: 'Status' });
const undoTitle = (page: Page) => page.getByRole('button', { name: 'Undo' });

/** Eight themes more than the sample's four: the tenth and after have no key. */
const MORE = ['Sources cited', 'Quotes', 'Numbers', 'Officials', 'Maps', 'Dates', 'Weapons', 'Denials'];

test.use({ prepareNotebook: { apply: (notebook) => MORE.forEach((name) => notebook.addTheme({ name })) } });

async function openCodebook(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Codebook', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Name of theme 1', exact: true })).toHaveValue('Missile claims');
}

test('builds a two-level codebook by menu and by drag, refusing a cycle, and exports it nested', async ({ page, themata }, testInfo) => {
  await openCodebook(page);

  // By menu: Civilian-casualty assertions under Missile claims.
  await page.getByRole('button', { name: 'Move Civilian-casualty assertions under another theme' }).click();
  await page.getByRole('group', { name: 'Move Civilian-casualty assertions' }).getByRole('button', { name: 'Missile claims' }).click();
  await expect(codebookRow(page, 'Civilian-casualty assertions, under Missile claims')).toBeVisible();
  await expect(undoTitle(page)).toHaveAttribute('title', /Undo move Civilian-casualty assertions under Missile claims/);

  // By drag: Deconfliction talks dropped onto the middle of Turkey trade threats.
  const target = codebookRow(page, 'Turkey trade threats');
  const box = await target.boundingBox();
  if (!box) throw new Error('The codebook row is not on screen.');
  await codebookRow(page, 'Deconfliction talks').locator('.drag-handle').dragTo(target, { targetPosition: { x: box.width / 2, y: box.height / 2 } });
  await expect(codebookRow(page, 'Deconfliction talks, under Turkey trade threats')).toBeVisible();
  await expect(undoTitle(page)).toHaveAttribute('title', /Undo move Deconfliction talks under Turkey trade threats/);

  // A theme cannot go under its own sub-theme: the menu does not offer it, a drag is refused with one message.
  await page.getByRole('button', { name: 'Move Missile claims under another theme' }).click();
  const menu = page.getByRole('group', { name: 'Move Missile claims' });
  await expect(menu.getByRole('button', { name: 'Civilian-casualty assertions' })).toBeDisabled();
  await page.keyboard.press('Escape');
  const child = codebookRow(page, 'Civilian-casualty assertions, under Missile claims');
  const childBox = await child.boundingBox();
  if (!childBox) throw new Error('The codebook row is not on screen.');
  await codebookRow(page, 'Missile claims').locator('.drag-handle').dragTo(child, { targetPosition: { x: childBox.width / 2, y: childBox.height / 2 } });
  await expect(page.getByText('"Missile claims" cannot go under "Civilian-casualty assertions": "Civilian-casualty assertions" is one of its own sub-themes.')).toBeVisible();
  await expect(status(page).locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');

  // Keys follow the shown order: the sub-theme nested under theme 1 now has key 2.
  await expect(codebookRow(page, 'Civilian-casualty assertions, under Missile claims').locator('.theme-key')).toHaveText('2');
  await page.screenshot({ path: testInfo.outputPath('codebook-nested.png') });

  // Tag a sub-theme in the reader, then export: nested tags and headings.
  await page.getByRole('button', { name: 'Back to reading' }).click();
  await sentence(page, 2).click();
  await page.keyboard.press('2');
  await expect(chips(page, 2).getByRole('listitem', { name: 'Theme: Civilian-casualty assertions' })).toBeVisible();
  await page.keyboard.press('ControlOrMeta+e');
  const preview = page.getByRole('region', { name: 'Markdown preview' });
  await expect(preview).toContainText('#theme/missile-claims/civilian-casualty-assertions');
  await expect(preview).toContainText('### Civilian-casualty assertions');
  await expect(preview).toContainText('### Deconfliction talks');
  expect(themata.pageErrors).toEqual([]);
});

test('reaches a theme past the ninth through the palette, and creates a theme from it in one undoable step', async ({ page }, testInfo) => {
  await sentence(page, 2).click();

  // The twelfth theme has no key: the palette finds it.
  await page.keyboard.press('/');
  const find = page.getByRole('combobox', { name: /Find a theme to toggle/ });
  await find.fill('Denials');
  await expect(page.getByRole('option', { name: /Denials/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(chips(page, 2).getByRole('listitem', { name: 'Theme: Denials' })).toBeVisible();

  // Nothing is called this: the palette offers to create it, and Enter does.
  await page.keyboard.press('/');
  await find.fill('Kremlin statements');
  await expect(page.getByRole('option', { name: /Create theme “Kremlin statements”/ })).toHaveAttribute('aria-selected', 'true');
  await page.screenshot({ path: testInfo.outputPath('palette-create.png') });
  await page.keyboard.press('Enter');
  await expect(chips(page, 2).getByRole('listitem', { name: 'Theme: Kremlin statements' })).toBeVisible();
  await expect(undoTitle(page)).toHaveAttribute('title', /Undo add theme Kremlin statements and tag sentence 2 of ‘[^’]+’ with it/);

  // A name the codebook has is refused in the palette; the status stays saved.
  await page.keyboard.press('/');
  await find.fill('Kremlin statements');
  await expect(page.getByRole('option', { name: /Create theme/ })).toHaveCount(0);
  await page.keyboard.press('Escape');

  // One undo takes back the theme and its tag together.
  await page.keyboard.press('ControlOrMeta+z');
  await expect(chips(page, 2).getByRole('listitem', { name: 'Theme: Kremlin statements' })).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Themes' }).getByRole('button', { name: /Kremlin statements/ })).toHaveCount(0);
  await expect(chips(page, 2).getByRole('listitem', { name: 'Theme: Denials' })).toBeVisible();
});

test('marks every theme of a sentence, and says a refused name where it was typed without turning the status red', async ({ page }, testInfo) => {
  await sentence(page, 2).click();
  for (const key of ['1', '2', '3', '4', '5']) await page.keyboard.press(key);
  await expect(chips(page, 2).getByRole('listitem')).toHaveCount(5);
  const marks = await sentence(page, 2).evaluate((element) => getComputedStyle(element).backgroundImage);
  // One dash per theme, in five colours.
  expect(marks).toMatch(/repeating-linear-gradient/);
  expect(new Set(marks.match(/rgb\([^)]*\)/g)).size).toBe(5);
  await page.screenshot({ path: testInfo.outputPath('sentence-five-themes.png') });

  await page.getByRole('button', { name: 'Codebook', exact: true }).click();
  const name = page.getByRole('textbox', { name: 'Name of theme 2' });
  await name.fill('missile CLAIMS');
  await name.press('Enter');
  await expect(page.locator('.theme-editor .field-error')).toHaveText('The codebook already has a theme named "Missile claims". The name stays “Civilian-casualty assertions”.');
  await expect(status(page).locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  await expect(name).toHaveValue('Civilian-casualty assertions');

  const add = page.getByRole('textbox', { name: 'New theme name' });
  await add.fill('Quotes');
  await add.press('Enter');
  await expect(page.locator('.add-theme .field-error')).toHaveText('The codebook already has a theme named "Quotes".');
  await expect(status(page).locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
});
