/**
 * Search as researchers type it in other tools: OR, -word, "phrases" and
 * groups, with a line under the results saying how the query was read, a
 * hint for what could not be read, and the syntax in a help popover.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function searchFor(page: Page, query: string) {
  await page.keyboard.press('ControlOrMeta+f');
  await page.getByRole('searchbox', { name: 'Search sentences and notes' }).fill(query);
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.getByTestId('search-explanation')).not.toHaveText(/yet/);
  return results;
}

test('OR finds either word, -word leaves one out, and the panel says how the query was read', async ({ page }) => {
  const results = await searchFor(page, 'Latakia');
  await expect(results.getByRole('status')).toHaveText('2 matches');

  await searchFor(page, 'Latakia OR Erdogan');
  await expect(results.getByRole('status')).toHaveText('3 matches');
  await expect(results.getByTestId('search-explanation')).toHaveText('Sentences or notes with “Latakia” or “Erdogan”.');
  await expect(results.locator('mark')).toHaveText(['Latakia', 'Latakia', 'Erdogan']);

  await searchFor(page, 'Syria -Latakia -Erdogan');
  await expect(results.getByTestId('search-explanation')).toHaveText('Sentences or notes with “Syria”, without “Latakia” or “Erdogan”.');
  await expect(results.getByRole('status')).toHaveText(/^\d+ matches$/);
  await expect(results.locator('.result-text')).not.toContainText(['Latakia']);
  for (const text of await results.locator('.result-text').allTextContents()) {
    expect(text).toMatch(/Syria/);
    expect(text).not.toMatch(/Latakia|Erdogan/);
  }

  await searchFor(page, '"air campaign"');
  await expect(results.getByRole('status')).toHaveText('1 match');
  await expect(results.getByTestId('search-explanation')).toHaveText('Sentences or notes with the phrase “air campaign”.');
});

test('a query FTS would refuse is read sensibly, with a hint, never an error', async ({ page, themata }) => {
  const results = await searchFor(page, 'Latakia OR');
  await expect(results.getByRole('status')).toHaveText('2 matches');
  await expect(results.getByRole('list', { name: 'What the search left out' })).toHaveText(/the OR at the end was ignored/);

  await searchFor(page, '"air campaign');
  await expect(results.getByRole('status')).toHaveText('1 match');
  await expect(results.getByRole('list', { name: 'What the search left out' })).toHaveText(/closing quote is missing/);

  await searchFor(page, '-Latakia');
  await expect(results.getByRole('status')).toHaveText('No matches');
  await expect(results.getByTestId('search-explanation')).toHaveText('Nothing to look for: add a word to find.');
  await expect(results.getByRole('list', { name: 'What the search left out' })).toHaveText(/cannot only leave words out/);
  expect(themata.pageErrors).toEqual([]);
});

test('the search panel\'s help and the ? overlay list the search syntax', async ({ page }) => {
  const results = await searchFor(page, 'Syria');
  const button = results.getByRole('button', { name: 'How search reads a query' });
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const help = results.getByRole('region', { name: 'How search reads a query' });
  await expect(help).toContainText('Russia OR Turkey');
  await expect(help).toContainText('leave out sentences with a word');
  await button.click();
  await expect(help).toBeHidden();

  await page.getByRole('searchbox', { name: 'Search sentences and notes' }).blur();
  await page.locator('body').click({ position: { x: 640, y: 400 } });
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('region', { name: 'Search queries' })).toContainText('"air campaign"');
});
