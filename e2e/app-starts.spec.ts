import { expect, test } from './fixtures';

test('the workspace opens on its notebook with the sample study', async ({ page, themata }, testInfo) => {
  await expect(page).toHaveTitle(/Themata/);
  await expect(page.locator('html')).toHaveAttribute('data-themata-ready', 'true');
  await expect(page.getByText('Russian Federation Denies US Claim').first()).toBeVisible();
  for (const theme of ['Missile claims', 'Civilian-casualty assertions', 'Turkey trade threats', 'Deconfliction talks']) {
    await expect(page.getByText(theme).first()).toBeVisible();
  }
  await page.screenshot({ path: testInfo.outputPath('workspace.png') });
  expect(themata.pageErrors).toEqual([]);
});

test("the bridge's token is gone from the address bar once the page has it", async ({ page }) => {
  // The desktop app has no token at all (it talks over IPC), so this holds for both targets.
  expect(page.url()).not.toContain('token=');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-themata-ready', 'true');
});
