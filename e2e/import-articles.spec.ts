/**
 * Articles as they arrive, imported from the workspace: a saved news web page
 * and a two-column PDF picked in the page's file chooser (sent as base64 in
 * the browser), their sentences in the reader and the page's details in the
 * details panel; a page with no article and a locked PDF refused with their reasons.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { frontPage, NEWS_PARAGRAPHS, newsPage } from '../db/import/test-support/news-page';
import { passwordProtectedPdf, printToPdf, twoColumnArticle } from '../db/import/test-support/printed-pdf';
import { expect, test } from './fixtures';
import { importThroughMenu } from './importing';
import { ROOT } from './target';

const report = (page: Page) => page.getByRole('dialog', { name: /^Import (finished|cancelled|stopped)$/ });
const reader = (page: Page) => page.getByRole('document', { name: 'Reader' });
const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const documents = (page: Page) => page.getByRole('navigation', { name: 'Documents' });

let printed: Buffer;

test.beforeAll(async () => {
  [printed] = (await printToPdf([{ html: twoColumnArticle(), running: true }])) as [Buffer];
});

async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(path.join(ROOT, 'e2e', 'screenshots'), { recursive: true });
  await page.screenshot({ path: path.join(ROOT, 'e2e', 'screenshots', `${name}.png`) });
}

function write(folder: string, name: string, content: string | Buffer): string {
  const file = path.join(folder, name);
  fs.writeFileSync(file, content);
  return file;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a saved web page and a PDF become documents, the page's details with it (${colorScheme})`, async ({ page, themata }) => {
    test.slow();
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const files = [write(themata.folder, 'gas-deal.html', newsPage()), write(themata.folder, 'gas-talks.pdf', printed)];
    await importThroughMenu(page, themata, files);

    const dialog = report(page);
    await expect(dialog).toHaveAccessibleDescription('Imported 2 documents (56 sentences)');
    await expect(dialog.getByRole('region', { name: /Imported/ }).getByRole('listitem')).toHaveText([
      /gas-deal\.html\s*Imported · 7 sentences/,
      /gas-talks\.pdf\s*Imported · 49 sentences/,
    ]);
    await screenshot(page, `import-articles-report-${colorScheme}`);

    // The web page: its article only, and what the page says of it as details.
    await dialog.getByRole('button', { name: 'Open “Turkey and Russia extend gas deal”' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Turkey and Russia extend gas deal');
    await expect(reader(page)).toContainText(NEWS_PARAGRAPHS[0]!);
    await expect(reader(page)).toContainText('A spokesman called the reports “pure invention”.');
    await expect(reader(page)).not.toContainText('cookies');
    await expect(reader(page)).not.toContainText('Advertisement');
    await page.getByRole('button', { name: 'Details & memo' }).click();
    const panel = details(page);
    await expect(panel.getByRole('textbox', { name: 'Outlet' })).toHaveValue('The Ankara Courier');
    await expect(panel.getByRole('textbox', { name: 'Author' })).toHaveValue('Ayşe Demir');
    await expect(panel.getByLabel('Published')).toHaveValue('2017-04-07');
    await expect(panel.getByRole('textbox', { name: 'Language' })).toHaveValue('en-GB');
    await expect(panel.getByRole('textbox', { name: 'URL' })).toHaveValue('https://courier.example/world/2017/04/07/gas-deal');
    await expect(documents(page)).toContainText('The Ankara Courier');
    await screenshot(page, `import-articles-web-page-${colorScheme}`);

    // The PDF: headline, then the columns in order, without the running header or page numbers.
    await documents(page).getByText('Gas talks in Istanbul').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gas talks in Istanbul');
    await expect(reader(page)).toContainText('Ankara and Moscow agree on the price of gas');
    await expect(reader(page)).toContainText('Paragraph 1 reports that the very extraordinarily commission discussed the pipeline');
    await expect(reader(page)).not.toContainText('Energy Weekly');
    await expect(reader(page)).not.toContainText(/Page \d of \d/);
    await screenshot(page, `import-articles-pdf-${colorScheme}`);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Import menu and the drop overlay name every kind of article (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    // The toolbar's Import menu (the documents panel opens the same one).
    await page.getByRole('button', { name: 'Import documents' }).filter({ hasText: 'Import' }).click();
    await expect(page.getByRole('button', { name: /Import files/ })).toContainText('text, web pages, PDF, Word; one document each');
    await page.waitForTimeout(600);
    await screenshot(page, `import-articles-menu-${colorScheme}`);
    await page.keyboard.press('Escape');
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['x'], 'report.pdf', { type: 'application/pdf' }));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, cancelable: true }));
    });
    await expect(page.getByText('Each text, Markdown, web page, PDF or Word file becomes a document; a folder brings all of them.')).toBeVisible();
    await screenshot(page, `import-articles-drop-${colorScheme}`);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`an empty notebook invites every kind of article (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.evaluate(async () => {
      const api = (window as unknown as { themata: Record<string, (input: unknown) => Promise<unknown>> }).themata;
      await api['documents:delete']!({ documentId: 1 });
    });
    await page.reload();
    await expect(page.getByRole('button', { name: 'Import articles…' })).toBeVisible();
    await expect(page.getByText('or drop text, web page, PDF or Word files, or a folder of them, anywhere in this window')).toBeVisible();
    await screenshot(page, `import-articles-empty-${colorScheme}`);
  });
}

test('a page with no article and a PDF locked by a password are refused, each with its reason', async ({ page, themata }) => {
  const files = [write(themata.folder, 'front-page.html', frontPage()), write(themata.folder, 'locked.pdf', passwordProtectedPdf())];
  await importThroughMenu(page, themata, files);
  const dialog = report(page);
  await expect(dialog).toHaveAccessibleDescription(/2 refused/);
  await expect(dialog.getByRole('region', { name: /Refused/ }).getByRole('listitem')).toHaveText([
    /front-page\.html.*holds no article that Themata could find/,
    /locked\.pdf.*is protected by a password; open it, save a copy without one, and import that\./,
  ]);
  await screenshot(page, 'import-articles-refused');
});
