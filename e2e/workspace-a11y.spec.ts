/**
 * Accessibility of the main screens, in light and dark: axe-core finds no
 * serious or critical violation (names, roles, contrast, focus order...).
 * Each screen is reached the way a researcher reaches it, keys first.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, type ThemataFixture } from './fixtures';
import { openNotebookFromToolbar, untrustedNotebook } from './refused-notebook';

interface Screen {
  name: string;
  open: (page: Page, themata: ThemataFixture) => Promise<void>;
  narrow?: boolean;
  /** Sets a notebook up through the page first (and reloads it): more than the default time on a busy machine. */
  slow?: boolean;
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
