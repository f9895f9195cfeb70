/**
 * Accessibility of the main screens, in light and dark: axe-core finds no
 * serious or critical violation (names, roles, contrast, focus order...).
 * Each screen is reached the way a researcher reaches it, keys first.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, type ThemataFixture } from './fixtures';
import { openNotebookFromToolbar, untrustedNotebook } from './refused-notebook';
import { holdSending, importThroughMenu } from './importing';
import { bensNotebook, mergeThroughImportMenu } from './merging';
import { readSampleArticle } from '../db/default-notebook';
import { saveExport } from './save-export';
import { Notebook } from '../db';
import { codedStudy } from '../db/exchange/refi-test-study';
import { twoColleagues } from './two-colleagues';
import { twoCoders } from './two-coders';

interface Screen {
  name: string;
  open: (page: Page, themata: ThemataFixture) => Promise<void>;
  narrow?: boolean;
  /** Sets a notebook up through the page first (and reloads it): more than the default time on a busy machine. */
  slow?: boolean;
  /** Reached only in the browser workspace (the page sends the files it imports). */
  browserOnly?: boolean;
}

const reader = (page: Page) => page.getByRole('document', { name: 'Reader' });

/** Some work on the sample, so chips, notes and counts are on screen. */
async function codeALittle(page: Page): Promise<void> {
  await page.keyboard.press('j');
  await page.keyboard.press('1');
  await page.keyboard.press('j');
  await page.keyboard.press('2');
  await page.keyboard.press('n');
  await page.keyboard.type('Moscow admits non-ISIL targets.');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('note', { name: 'Note on sentence 3' })).toBeVisible();
}

/** Details, attributes and memos on the sample, set as the CLI or a script would, then shown. */
async function giveDetails(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const api = (window as unknown as { themata: Record<string, (input: unknown) => Promise<unknown>> }).themata;
    await api['documents:set-details']!({
      documentId: 1,
      patch: { outlet: 'Reuters', author: 'Phil Stewart', publishedOn: '2017-04-07', language: 'en', attributes: { country: 'Syria', stance: 'sceptical' } },
    });
    await api['memos:set']!({ subject: { kind: 'document', documentId: 1 }, body: 'A wire report: both sides’ figures side by side.' });
    await api['memos:set']!({ subject: { kind: 'notebook' }, body: 'Compare how outlets frame the strike.' });
  });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-themata-ready', 'true');
}

const screens: Screen[] = [
  { name: 'reader', open: async (page) => void (await expect(reader(page)).toBeVisible()) },
  {
    name: 'reader with tags and a note being written',
    open: async (page) => {
      await codeALittle(page);
      await page.keyboard.press('n');
      await expect(page.getByRole('textbox', { name: 'Note on sentence 3' })).toBeFocused();
    },
  },
  {
    name: 'note editor with several sentences selected',
    open: async (page) => {
      await codeALittle(page);
      await page.keyboard.press('j');
      await page.keyboard.press('Shift+j');
      await page.keyboard.press('Shift+j');
      await page.keyboard.press('n');
      await expect(page.getByRole('textbox', { name: 'Note on sentence 6' })).toBeFocused();
      await page.keyboard.type('Photo caption: check the *date*.');
    },
  },
  {
    name: 'a note shown as its Markdown',
    open: async (page) => {
      await page.keyboard.press('j');
      await page.keyboard.press('n');
      await page.keyboard.type('Compare the *Pentagon* figure:\n- 59 **fired**\n- 23 arrived\n\nSee [the report](https://example.org/report).');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('note', { name: 'Note on sentence 2' }).getByRole('link', { name: 'the report' })).toBeVisible();
    },
  },
  {
    name: 'filtered reader',
    open: async (page) => {
      await codeALittle(page);
      await page.getByRole('button', { name: 'Filter by themes' }).click();
      await page.getByRole('dialog', { name: 'Filter by themes' }).getByRole('checkbox', { name: /Missile claims/ }).check();
      await expect(page.getByRole('region', { name: 'Filter' })).toContainText('1 of 13');
    },
  },
  {
    name: 'search results',
    open: async (page) => {
      await page.keyboard.press('ControlOrMeta+f');
      await page.getByRole('searchbox', { name: 'Search sentences and notes' }).fill('Syria');
      await expect(page.getByRole('region', { name: 'Search results' }).getByRole('status')).toContainText('matches');
    },
  },
  {
    name: 'search with how it was read and its help',
    open: async (page) => {
      await page.keyboard.press('ControlOrMeta+f');
      await page.getByRole('searchbox', { name: 'Search sentences and notes' }).fill('Syria OR Latakia -Erdogan OR');
      const results = page.getByRole('region', { name: 'Search results' });
      await expect(results.getByTestId('search-explanation')).toHaveText('Sentences or notes with “Syria” or “Latakia”, without “Erdogan”.');
      await results.getByRole('button', { name: 'How search reads a query' }).click();
      await expect(results.getByRole('region', { name: 'How search reads a query' })).toBeVisible();
    },
  },
  {
    name: 'theme palette',
    open: async (page) => {
      await page.keyboard.press('/');
      await expect(page.getByRole('combobox', { name: 'Find a theme to toggle' })).toBeFocused();
    },
  },
  {
    name: 'go to sentence',
    open: async (page) => {
      await expect(reader(page)).toBeVisible();
      await page.keyboard.press('Control+g');
      const dialog = page.getByRole('dialog', { name: 'Go to sentence' });
      await expect(dialog.getByRole('textbox')).toBeFocused();
      await page.keyboard.type('40');
      await page.keyboard.press('Enter');
      await expect(dialog.getByRole('alert')).toBeVisible();
    },
  },
  {
    name: 'overview',
    open: async (page) => {
      await codeALittle(page);
      await page.getByRole('button', { name: 'Overview', exact: true }).click();
      await expect(page.getByRole('group', { name: 'Theme co-occurrence' })).toBeVisible();
    },
  },
  {
    name: 'codebook',
    open: async (page) => {
      await page.getByRole('button', { name: 'Codebook', exact: true }).click();
      await expect(page.getByRole('textbox', { name: 'Name of theme 1' })).toHaveValue('Missile claims');
    },
  },
  {
    name: 'export dialog',
    open: async (page) => {
      await codeALittle(page);
      await page.keyboard.press('ControlOrMeta+e');
      await expect(page.getByRole('region', { name: 'Markdown preview' })).toContainText('Missile claims');
    },
  },
  {
    name: 'export dialog: CSV tag rows as a table',
    open: async (page) => {
      await codeALittle(page);
      await page.keyboard.press('ControlOrMeta+e');
      await page.getByRole('radio', { name: 'CSV' }).check();
      await expect(page.getByRole('region', { name: 'CSV preview' }).getByRole('columnheader', { name: 'theme_path' })).toBeVisible();
    },
  },
  {
    name: 'export dialog: CSV theme counts',
    open: async (page) => {
      await codeALittle(page);
      await page.keyboard.press('ControlOrMeta+e');
      await page.getByRole('radio', { name: 'CSV' }).check();
      await page.getByRole('radio', { name: 'Theme counts' }).check();
      await expect(page.getByRole('region', { name: 'CSV preview' }).getByRole('columnheader', { name: 'Missile claims' })).toBeVisible();
    },
  },
  {
    name: 'export dialog: JSON',
    open: async (page) => {
      await codeALittle(page);
      await page.keyboard.press('ControlOrMeta+e');
      await page.getByRole('radio', { name: 'JSON' }).check();
      await expect(page.getByRole('region', { name: 'JSON preview' })).toContainText('"format": "themata-tags"');
    },
  },
  {
    name: 'export dialog: a REFI-QDA project',
    open: async (page) => {
      await codeALittle(page);
      await page.keyboard.press('ControlOrMeta+e');
      await page.getByRole('radio', { name: 'QDPX' }).check();
      await expect(page.getByRole('region', { name: 'QDPX preview' })).toContainText('Codings');
    },
  },
  {
    name: 'export dialog once the file is saved or downloaded',
    open: async (page, themata) => {
      await codeALittle(page);
      await page.keyboard.press('ControlOrMeta+e');
      const dialog = page.getByRole('dialog', { name: 'Export to Markdown' });
      await expect(dialog.getByRole('region', { name: 'Markdown preview' })).toContainText('Missile claims');
      await saveExport(page, dialog, themata, `${themata.folder}/a11y-export.md`);
    },
  },
  {
    name: 'paste dialog',
    open: async (page) => {
      await page.getByRole('navigation', { name: 'Documents' }).getByRole('button', { name: 'Import documents' }).click();
      await page.getByRole('button', { name: /Paste as new document/ }).click();
      await expect(page.getByRole('dialog', { name: 'Paste as new document' })).toBeVisible();
    },
  },
  {
    name: 'shortcuts overlay',
    open: async (page) => {
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    },
  },
  {
    name: 'details panel',
    slow: true,
    open: async (page) => {
      await giveDetails(page);
      await page.getByRole('button', { name: 'Details & memo' }).click();
      await expect(page.getByRole('region', { name: 'Details' }).getByRole('textbox', { name: 'Value of country' })).toHaveValue('Syria');
      await page.getByRole('region', { name: 'Details' }).getByRole('textbox', { name: 'URL' }).fill('example.org');
      await expect(page.getByText('A URL starts with http:// or https://.')).toBeVisible();
    },
  },
  {
    name: 'notebook memo',
    slow: true,
    open: async (page) => {
      await giveDetails(page);
      await page.getByRole('navigation', { name: 'Documents' }).getByRole('button', { name: 'Notebook memo' }).click();
      await expect(page.getByRole('dialog', { name: 'Notebook memo' }).getByRole('textbox', { name: 'Memo' })).toHaveValue(/outlets frame/);
    },
  },
  {
    name: 'search results with a memo',
    slow: true,
    open: async (page) => {
      await giveDetails(page);
      await page.keyboard.press('ControlOrMeta+f');
      await page.getByRole('searchbox', { name: 'Search sentences and notes' }).fill('strike');
      await expect(page.getByRole('region', { name: 'Search results' }).getByRole('status')).toContainText('memo');
    },
  },
  {
    name: 'overview by outlet',
    slow: true,
    open: async (page) => {
      await giveDetails(page);
      await codeALittle(page);
      await page.getByRole('button', { name: 'Overview', exact: true }).click();
      await expect(page.getByRole('table')).toContainText('Reuters');
    },
  },
  {
    name: 'narrow window with the themes drawer open',
    narrow: true,
    open: async (page) => {
      await page.getByRole('button', { name: 'Show themes' }).click();
      await expect(page.getByRole('complementary', { name: 'Themes' })).toBeInViewport();
    },
  },
];

/** One test per screen and colour scheme. */
function checkEveryScreen(list: readonly Screen[]): void {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const screen of list) {
      test(`${screen.name} (${colorScheme}) has no serious or critical accessibility violation`, async ({ page, themata }, testInfo) => {
        // The desktop window is sized by the app, not by the test.
        test.skip(screen.narrow === true && themata.target === 'electron', 'Electron windows are not resized from a test');
        if (screen.slow) test.slow();
        test.skip(screen.browserOnly === true && themata.target === 'electron', 'The desktop app reads the files itself: its import cannot be held midway');
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        if (screen.narrow) await page.setViewportSize({ width: 820, height: 760 });
        await screen.open(page, themata);
        const results = await new AxeBuilder({ page }).analyze();
        const blocking = results.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
        await page.screenshot({ path: testInfo.outputPath(`${screen.name.replaceAll(' ', '-')}-${colorScheme}.png`) });
        expect(blocking).toEqual([]);
      });
    }
  }
}

checkEveryScreen(screens);

/** A notebook refused for SQL Themata did not write: the offer to salvage it, and what the copy holds. */
async function offerSalvage(page: Page, themata: ThemataFixture): Promise<void> {
  await themata.answerDialogs({ notebookToOpen: untrustedNotebook(themata.folder), newNotebookPath: `${themata.folder}/Rescued.themata` });
  await openNotebookFromToolbar(page);
  await expect(page.getByRole('dialog', { name: 'Themata didn’t open “Received”' })).toBeVisible();
}

checkEveryScreen([
  { name: 'salvage offer', open: offerSalvage },
  {
    name: 'salvage report',
    open: async (page, themata) => {
      await offerSalvage(page, themata);
      await page.getByRole('button', { name: 'Salvage a copy…' }).click();
      await expect(page.getByRole('dialog', { name: 'Salvaged into “Rescued”' })).toBeVisible();
    },
  },
]);

/** Files for an import: twenty articles, one the notebook has already, one that is not text. */
function filesToImport(folder: string): string[] {
  const write = (name: string, content: string | Buffer) => {
    const file = path.join(folder, 'wire', name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return file;
  };
  const article = (n: number) => Array.from({ length: 8 + n }, (_, i) => `Agency report ${n} says officials met on day ${i + 1}.`).join(' ');
  return [
    ...Array.from({ length: 20 }, (_, i) => write(`agency-report-${i + 1}.txt`, article(i + 1))),
    write('syria-sample.txt', readSampleArticle()),
    write('scan.txt', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])),
  ];
}

checkEveryScreen([
  {
    name: 'import under way',
    browserOnly: true,
    open: async (page, themata) => {
      // The first call's sixteen files are in; the rest wait.
      await holdSending(page, 2);
      await importThroughMenu(page, themata, filesToImport(themata.folder));
      await expect(page.getByRole('region', { name: 'Import', exact: true }).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '16', { timeout: 25_000 });
    },
  },
  {
    name: 'import report',
    open: async (page, themata) => {
      await importThroughMenu(page, themata, filesToImport(themata.folder));
      await expect(page.getByRole('dialog', { name: 'Import finished' })).toContainText('Same text as');
    },
  },
  {
    name: 'REFI-QDA project imported',
    browserOnly: true,
    open: async (page, themata) => {
      const other = path.join(themata.folder, 'colleague');
      fs.mkdirSync(other, { recursive: true });
      const notebook = Notebook.open(codedStudy(other), { coder: 'ana' });
      const project = path.join(themata.folder, 'Colleague.qdpx');
      fs.writeFileSync(project, notebook.exportQdpx());
      notebook.close();
      await page.getByRole('navigation', { name: 'Documents' }).getByRole('button', { name: 'Import documents' }).click();
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: /Import a REFI-QDA project/ }).click();
      await (await chooser).setFiles([project]);
      await expect(page.getByRole('dialog', { name: 'Imported “Colleague.qdpx”' })).toContainText('Coded by ana, ben');
    },
  },
  {
    name: 'another coder’s work merged',
    browserOnly: true,
    open: async (page, themata) => {
      await mergeThroughImportMenu(page, bensNotebook(themata.folder));
      await expect(page.getByRole('dialog', { name: 'Merged “Ben.themata”' }).getByRole('table', { name: 'By coder' })).toContainText('ben');
    },
  },
]);

/** A codebook of twelve themes with sub-themes, and sentences carrying several: nesting, roll-ups, marks. */
const hierarchyScreens: Screen[] = [
  {
    name: 'nested codebook',
    open: async (page) => {
      await page.getByRole('button', { name: 'Codebook', exact: true }).click();
      await expect(page.getByRole('listitem', { name: 'Civilian-casualty assertions, under Missile claims' })).toBeVisible();
    },
  },
  {
    name: 'move under menu',
    open: async (page) => {
      await page.getByRole('button', { name: 'Codebook', exact: true }).click();
      await page.getByRole('button', { name: 'Move Missile claims under another theme' }).click();
      await expect(page.getByRole('group', { name: 'Move Missile claims' })).toBeVisible();
    },
  },
  {
    name: 'nested theme panel and a sentence with several themes',
    open: async (page) => {
      await expect(page.getByRole('list', { name: 'Themes of sentence 2' }).getByRole('listitem')).toHaveCount(3);
      await expect(page.getByRole('complementary', { name: 'Themes' })).toContainText('A parent’s count includes');
    },
  },
  {
    name: 'palette offering to create a theme',
    open: async (page) => {
      await reader(page).locator('[data-sentence-number="3"]').click();
      await page.keyboard.press('/');
      await page.getByRole('combobox', { name: /Find a theme to toggle/ }).fill('Sour');
      await expect(page.getByRole('option', { name: /Create theme “Sour”/ })).toBeVisible();
    },
  },
  {
    name: 'nested palette',
    open: async (page) => {
      await reader(page).locator('[data-sentence-number="3"]').click();
      await page.keyboard.press('/');
      await expect(page.getByRole('option', { name: /Denials/ })).toBeVisible();
    },
  },
  {
    name: 'overview with roll-ups',
    open: async (page) => {
      await page.getByRole('button', { name: 'Overview', exact: true }).click();
      await expect(page.getByRole('group', { name: 'Theme co-occurrence' })).toBeVisible();
      await expect(page.getByText('in all').first()).toBeVisible();
      await page.getByRole('group', { name: 'Theme co-occurrence' }).scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'nested filter',
    open: async (page) => {
      await page.getByRole('button', { name: 'Filter by themes' }).click();
      await expect(page.getByRole('dialog', { name: 'Filter by themes' }).getByRole('checkbox', { name: /Civilian-casualty/ })).toBeVisible();
    },
  },
];

test.describe('a codebook with sub-themes', () => {
  // Twelve themes make axe's pass over the codebook long on a busy machine.
  test.describe.configure({ timeout: 90_000 });
  test.use({
    prepareNotebook: {
      apply: (notebook) => {
        const [missile, casualty, trade, talks] = notebook.listThemes();
        notebook.moveTheme(casualty!.id, missile!.id);
        notebook.moveTheme(talks!.id, trade!.id);
        for (const name of ['Sources cited', 'Quotes', 'Numbers', 'Officials', 'Maps', 'Dates', 'Weapons']) notebook.addTheme({ name });
        // An old notebook's yellow and black, shown legibly on either page.
        notebook.addTheme({ name: 'Denials', colour: '#F0E442', parentId: missile!.id });
        notebook.addTheme({ name: 'Black marker', colour: '#000000' });
        const sentence = (n: number) => notebook.sentenceId(1, n);
        notebook.tag([sentence(2)], missile!.id);
        notebook.tag([sentence(2), sentence(4)], casualty!.id);
        notebook.tag([sentence(2), sentence(5)], trade!.id);
        notebook.tag([sentence(5), sentence(6)], talks!.id);
        notebook.tag([sentence(6)], notebook.findTheme('Black marker').id);
        notebook.tag([sentence(4)], notebook.findTheme('Denials').id);
      },
    },
  });
  checkEveryScreen(hierarchyScreens);
});

/** Two coders who coded the sample: their agreement per theme, and one theme's disagreements with a settled one. */
const agreementScreens: Screen[] = [
  {
    name: 'agreement view',
    open: async (page) => {
      await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Agreement' }).click();
      await expect(page.getByRole('region', { name: 'Agreement', exact: true }).getByRole('table')).toContainText('Missile claims');
    },
  },
  {
    name: 'agreement disagreements',
    open: async (page) => {
      await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Agreement' }).click();
      await page.getByRole('region', { name: 'Agreement', exact: true }).getByRole('button', { name: /^Missile claims:/ }).click();
      const list = page.getByRole('list', { name: 'Sentences where the coders differ on Missile claims' });
      await list.getByRole('button', { name: 'Keep ana’s' }).first().click();
      await expect(list.getByRole('status').first()).toContainText('Settled');
    },
  },
  {
    name: 'agreement view in a narrow window',
    narrow: true,
    open: async (page) => {
      await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Agreement' }).click();
      await expect(page.getByRole('region', { name: 'Agreement', exact: true }).getByRole('table')).toContainText('Missile claims');
    },
  },
  {
    name: 'agreement without a second coder',
    open: async (page) => {
      await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Agreement' }).click();
      await page.getByRole('group', { name: 'Coders compared' }).getByRole('button', { name: /ben/ }).click();
      await expect(page.getByRole('region', { name: 'Agreement', exact: true })).toContainText('Choose two or more coders');
    },
  },
];

test.describe('two coders', () => {
  test.use({ prepareNotebook: { apply: twoCoders } });
  checkEveryScreen(agreementScreens);
});

test.describe('one coder', () => {
  test.use({
    prepareNotebook: {
      apply: (notebook) => {
        notebook.setCoder('ana');
        notebook.tag([notebook.sentenceId(1, 1)], notebook.listThemes()[0]!.id);
        notebook.markDocumentCoded(1, true);
      },
    },
  });
  checkEveryScreen([
    {
      name: 'agreement waiting for a second coder',
      open: async (page) => {
        await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Agreement' }).click();
        await expect(page.getByRole('button', { name: 'Merge another coder’s work…' })).toBeVisible();
      },
    },
  ]);
});

/** A notebook Themata can only read: the notice, disabled controls, a note shown as text. */
const readOnlyScreens: Screen[] = [
  {
    name: 'read-only reader',
    open: async (page) => {
      await expect(page.getByRole('region', { name: 'Read-only notebook' })).toBeVisible();
      await expect(page.getByRole('note', { name: 'Note on sentence 2' })).toBeVisible();
    },
  },
  {
    name: 'read-only codebook',
    open: async (page) => {
      await page.getByRole('button', { name: 'Codebook', exact: true }).click();
      await expect(page.getByRole('button', { name: 'Add theme' })).toBeDisabled();
    },
  },
];

test.describe('a read-only notebook', () => {
  test.use({
    readOnlyNotebook: true,
    prepareNotebook: {
      apply: (notebook) => {
        notebook.tag([notebook.sentenceId(1, 2)], notebook.listThemes()[0]!.id);
        notebook.setNote(notebook.sentenceId(1, 2), 'Moscow admits non-ISIL targets.');
      },
    },
  });
  checkEveryScreen(readOnlyScreens);
});

/** Work across documents: a notebook of three articles, the sample untagged and two others tagged. */
const corpusScreens: Screen[] = [
  {
    name: 'retrieve view',
    open: async (page) => {
      await page.getByRole('button', { name: 'Retrieve', exact: true }).click();
      await page.getByRole('group', { name: 'Themes to retrieve' }).getByRole('button', { name: /Missile claims/ }).click();
      await page.getByRole('group', { name: 'Themes to leave out' }).getByRole('button', { name: /Deconfliction talks/ }).click();
      await expect(page.getByRole('region', { name: 'Retrieve' }).getByRole('status')).toHaveText('3 sentences in 2 documents of the notebook');
      await expect(page.getByRole('button', { name: /The sea, not Iran/ })).toBeVisible();
    },
  },
  {
    name: 'scope menu with chosen documents',
    open: async (page) => {
      const documents = page.getByRole('navigation', { name: 'Documents' });
      await documents.getByRole('checkbox', { name: 'Choose Ankara sets a deadline' }).check();
      await documents.getByRole('checkbox', { name: 'Choose Beirut counts the dead' }).check();
      await page.getByRole('button', { name: 'Work in: 2 documents' }).click();
      await expect(page.getByRole('radio', { name: /The chosen documents \(2\)/ })).toBeChecked();
    },
  },
  {
    name: 'scope by document details',
    open: async (page) => {
      await page.getByRole('button', { name: 'Work in: Notebook' }).click();
      await page.getByRole('radio', { name: /Documents by their details/ }).check();
      const conditions = page.getByRole('form', { name: 'Documents by their details' });
      await conditions.getByRole('combobox', { name: 'Outlet', exact: true }).selectOption('Hürriyet');
      await conditions.getByRole('button', { name: '+ A condition on your own variables' }).click();
      await conditions.getByRole('combobox', { name: 'Variable 1', exact: true }).selectOption('stance');
      await conditions.getByRole('combobox', { name: 'Value of stance' }).selectOption('hawkish');
      await expect(conditions.getByTestId('conditions-count')).toHaveText('1 of 3 documents meets these conditions');
    },
  },
  {
    name: 'overview compared by a variable',
    open: async (page) => {
      await page.getByRole('button', { name: 'Overview', exact: true }).click();
      await page.getByRole('combobox', { name: 'Compare by' }).selectOption('stance');
      const table = page.getByRole('table', { name: 'Tagged sentences per theme, by stance' });
      await expect(table.getByRole('row', { name: /^hawkish/ })).toBeVisible();
      await table.scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'filter across documents, at the end of one',
    open: async (page) => {
      await page.getByRole('button', { name: 'Overview', exact: true }).click();
      await page.getByRole('button', { name: /^Missile claims, in all: 3 sentences/ }).click();
      await expect(page.getByRole('region', { name: 'Filter' })).toContainText('in 2 documents of the notebook');
      await expect(page.getByRole('button', { name: /On to “Beirut counts the dead”/ })).toBeVisible();
    },
  },
];

test.describe('a notebook of several articles', () => {
  test.use({
    prepareNotebook: {
      apply: (notebook) => {
        const [missiles, , trade] = notebook.listThemes();
        const ankara = notebook.importDocument({
          title: 'Ankara sets a deadline',
          text: 'Ankara set a deadline for the gas talks. Officials said the missiles were never fired. Trade would stop within a week.',
          sourceName: null,
        });
        const beirut = notebook.importDocument({
          title: 'Beirut counts the dead',
          text: 'Beirut counted the dead after the strike. The observatory said the missiles came from the sea. Prices rose.',
          sourceName: null,
        });
        notebook.tag([notebook.sentenceId(ankara.id, 2), notebook.sentenceId(ankara.id, 3)], missiles!.id);
        notebook.tag([notebook.sentenceId(ankara.id, 3)], trade!.id);
        notebook.tag([notebook.sentenceId(beirut.id, 2)], missiles!.id);
        notebook.setNote(notebook.sentenceId(beirut.id, 2), 'The sea, not Iran.');
        notebook.setDocumentDetails(ankara.id, { outlet: 'Hürriyet', publishedOn: '2017-04-08', attributes: { country: 'Turkey', stance: 'hawkish' } });
        notebook.setDocumentDetails(beirut.id, { outlet: "L'Orient", publishedOn: '2017-04-09', attributes: { country: 'Lebanon', stance: 'dovish' } });
      },
    },
  });
  checkEveryScreen(corpusScreens);
});

/** Two colleagues on the sample article: the coder is Ana Lima, as if chosen in the app. */
async function asAnaLima(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const api = (window as unknown as { themata: Record<string, (input: unknown) => Promise<unknown>> }).themata;
    await api['coders:set-current']!({ name: 'Ana Lima' });
  });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-themata-ready', 'true');
}

const coderScreens: Screen[] = [
  {
    name: 'reader with everyone’s tags',
    open: async (page) => {
      await asAnaLima(page);
      await reader(page).locator('[data-sentence-number="2"]').click();
      await page.getByRole('button', { name: 'Mark as coded', exact: true }).click();
      await expect(page.getByRole('button', { name: 'Coded by you', exact: true })).toBeVisible();
      await expect(page.getByRole('note', { name: 'Ben Okafor’s note on sentence 2' })).toBeVisible();
    },
  },
  {
    name: 'reader in another coder’s view, a key refused',
    open: async (page) => {
      await asAnaLima(page);
      await page.getByRole('combobox', { name: 'Showing' }).selectOption({ label: 'Ben Okafor’s tags' });
      await reader(page).locator('[data-sentence-number="3"]').click();
      await page.keyboard.press('1');
      await expect(page.getByRole('status')).toContainText('You are viewing Ben Okafor’s tags');
    },
  },
  {
    name: 'who is coding dialog',
    open: async (page) => {
      await page.getByRole('button', { name: /change who is coding/ }).click();
      await expect(page.getByRole('dialog', { name: 'Who is coding?' })).toBeVisible();
    },
  },
  {
    name: 'export dialog with whose tags',
    open: async (page) => {
      await page.keyboard.press('Control+e');
      const dialog = page.getByRole('dialog', { name: /^Export to/ });
      await dialog.getByRole('combobox', { name: 'Whose tags' }).selectOption({ label: 'Ben Okafor’s alone' });
      await expect(dialog.getByText('Read as a denial rather than a claim.')).toBeVisible();
    },
  },
];

test.describe('two coders', () => {
  test.use({ prepareNotebook: twoColleagues });
  checkEveryScreen(coderScreens);
});
