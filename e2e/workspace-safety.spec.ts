/**
 * Text a researcher imports or types is shown as text, never run as markup:
 * a sentence, a note and a theme name that look like HTML stay characters
 * on screen (no element is created, no script runs) in every place they appear.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const PAYLOAD = '<img src=x onerror=alert(1)>';

async function expectNoMarkupRan(page: Page, alerts: string[]): Promise<void> {
  await expect(page.locator('img')).toHaveCount(0);
  expect(alerts).toEqual([]);
}

test('a sentence, a note and a theme name that look like HTML display as text', async ({ page, themata }, testInfo) => {
  const alerts: string[] = [];
  page.on('dialog', (dialog) => {
    alerts.push(dialog.message());
    void dialog.dismiss();
  });

  // A theme named with markup.
  await page.getByRole('button', { name: 'Codebook', exact: true }).click();
  await page.getByRole('textbox', { name: 'New theme name' }).fill(`Claims ${PAYLOAD}`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Name of theme 5' })).toHaveValue(`Claims ${PAYLOAD}`);
  // Its key is its place in the codebook, shown as text.
  await expect(page.getByRole('listitem', { name: `Claims ${PAYLOAD}`, exact: true }).locator('.theme-key')).toHaveText('5');
  await expectNoMarkupRan(page, alerts);

  // A document whose title and sentence carry markup, pasted in.
  await page.getByRole('button', { name: 'Reader', exact: true }).click();
  await page.getByRole('navigation', { name: 'Documents' }).getByRole('button', { name: 'Import documents' }).click();
  await page.getByRole('button', { name: /Paste as new document/ }).click();
  const paste = page.getByRole('dialog', { name: 'Paste as new document' });
  await paste.getByRole('textbox', { name: 'Title' }).fill(`Report ${PAYLOAD}`);
  await paste.getByRole('textbox', { name: 'Text' }).fill(`Officials said ${PAYLOAD} was harmless. A second sentence follows.`);
  await paste.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(paste).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Report ${PAYLOAD}`);
  const reader = page.getByRole('document', { name: 'Reader' });
  await expect(reader.locator('[data-sentence-number="1"]')).toHaveText(`Officials said ${PAYLOAD} was harmless.`);

  // Tag it with the new theme (key 5) and write a note with markup.
  await reader.locator('[data-sentence-number="1"]').click();
  await page.keyboard.press('5');
  await expect(
    page.getByRole('list', { name: 'Themes of sentence 1' }).getByRole('listitem', { name: `Theme: Claims ${PAYLOAD}` }),
  ).toBeVisible();
  await page.keyboard.press('n');
  await page.keyboard.type(`Check ${PAYLOAD} later`);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('note', { name: 'Note on sentence 1' })).toHaveText(`Check ${PAYLOAD} later`);
  await expectNoMarkupRan(page, alerts);

  // Search results, the palette, the filter, the overview and the export preview show it as text too.
  await page.keyboard.press('ControlOrMeta+f');
  await page.getByRole('searchbox', { name: 'Search sentences and notes' }).fill('onerror');
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.getByRole('button').filter({ hasText: `Officials said ${PAYLOAD}` })).toBeVisible();
  await expectNoMarkupRan(page, alerts);
  await page.keyboard.press('Escape');

  await page.keyboard.press('/');
  await expect(page.getByRole('option', { name: new RegExp(`Claims ${PAYLOAD.replace(/[()]/g, '\\$&')}`) })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Overview', exact: true }).click();
  await expect(page.getByRole('group', { name: 'Sentences per theme' })).toContainText('Claims <img');
  await expectNoMarkupRan(page, alerts);

  await page.keyboard.press('ControlOrMeta+e');
  const preview = page.getByRole('dialog', { name: 'Export to Markdown' }).getByRole('region', { name: 'Markdown preview' });
  await expect(preview).toContainText('onerror');
  await expectNoMarkupRan(page, alerts);

  await page.screenshot({ path: testInfo.outputPath('markup-as-text.png') });
  expect(themata.pageErrors).toEqual([]);
});
