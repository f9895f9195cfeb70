import { beforeAll, describe, expect, it } from 'vitest';
import { segmentText } from '../segmenter';
import { paragraphsOf, readPdfArticle } from './article-pdf';
import {
  COLUMN_PARAGRAPHS,
  columnParagraph,
  drawingOnly,
  INDENTED_PARAGRAPHS,
  indentedArticle,
  indentedParagraph,
  passwordProtectedPdf,
  printToPdf,
  twoColumnArticle,
} from './test-support/printed-pdf';

async function refusal(work: Promise<unknown>): Promise<{ code: string; message: string }> {
  return work.then(
    () => {
      throw new Error('expected the file to be refused');
    },
    (error: { code: string; message: string }) => error,
  );
}

/** The paragraphs as written, soft hyphens (which only say where a word may break) taken out. */
const WRITTEN = [
  'Ankara and Moscow agree on the price of gas',
  ...Array.from({ length: COLUMN_PARAGRAPHS }, (_, i) => columnParagraph(i + 1).replace(/\u00ad/g, '')),
];

let printed: Buffer;
let scan: Buffer;
let indented: Buffer;
let wordExport: Buffer;
let hyphenated: number;

beforeAll(async () => {
  const pdfs = await printToPdf([
    { html: twoColumnArticle(), running: true },
    { html: drawingOnly(), running: false },
    { html: indentedArticle(), running: 'page-number' },
    { html: '<title>Microsoft Word - draft 3.docx</title><p>The delegation returned from Moscow on Friday.</p>', running: false },
  ]);
  printed = pdfs[0]!;
  scan = pdfs[1]!;
  indented = pdfs[2]!;
  wordExport = pdfs[3]!;
  // That the columns are narrow enough for words to break across lines, so joining them is tested.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(printed), verbosity: 0 }).promise;
  hyphenated = 0;
  for (let n = 1; n <= document.numPages; n += 1) {
    const items = (await (await document.getPage(n)).getTextContent()).items;
    hyphenated += items.filter((item) => 'str' in item && /[-\u2010]$/.test(item.str)).length;
  }
  expect(document.numPages).toBeGreaterThan(1);
  await document.destroy();
}, 60_000);

describe('reading a PDF printed from a two-column page', () => {
  it('reads the headline, then each column top to bottom, every paragraph whole and in order', async () => {
    const article = await readPdfArticle(printed, 'gas.pdf');
    expect(article.text.trim().split('\n\n')).toEqual(WRITTEN);
  });

  it('joins the words hyphenated across lines', async () => {
    expect(hyphenated).toBeGreaterThan(3);
    const { text } = await readPdfArticle(printed, 'gas.pdf');
    expect(text).not.toMatch(/[-\u2010] ?\p{Ll}/u);
    expect(text.match(/intergovernmental/g)).toHaveLength(12);
  });

  it('leaves out the running header and the page numbers', async () => {
    const { text } = await readPdfArticle(printed, 'gas.pdf');
    expect(text).not.toContain('Energy Weekly');
    expect(text).not.toMatch(/Page \d of \d/);
  });

  it('gives paragraphs the segmenter reads as paragraphs, two sentences each', async () => {
    const sentences = segmentText((await readPdfArticle(printed, 'gas.pdf')).text);
    expect(new Set(sentences.map((s) => s.paragraph)).size).toBe(WRITTEN.length);
    expect(sentences).toHaveLength(1 + COLUMN_PARAGRAPHS * 2);
  });

  it('takes its title from the file\'s properties', async () => {
    expect((await readPdfArticle(printed, 'gas.pdf')).title).toBe('Gas talks in Istanbul');
  });

  it('takes no title that a program wrote for the file rather than for the article', async () => {
    const article = await readPdfArticle(wordExport, 'draft.pdf');
    expect(article.text).toBe('The delegation returned from Moscow on Friday.\n');
    expect(article.title).toBeUndefined();
  });

  it('leaves the bytes it was given as they were', async () => {
    const copy = Buffer.from(printed);
    await readPdfArticle(printed, 'gas.pdf');
    expect(printed.equals(copy)).toBe(true);
  });
});

describe('reading a PDF of one column, paragraphs marked by indents', () => {
  it('starts a paragraph at each indented line and leaves out the page numbers', async () => {
    const { text } = await readPdfArticle(indented, 'report.pdf');
    expect(text.trim().split('\n\n')).toEqual(Array.from({ length: INDENTED_PARAGRAPHS }, (_, i) => indentedParagraph(i + 1)));
  });
});

describe('paragraphs across a page break', () => {
  /** A page's lines from the top, each [text, indented]: 12 pt type, 14 pt apart. */
  const page = (lines: [string, boolean][]) =>
    lines.map(([text, indent], i) => ({ text, x0: indent ? 80 : 56, x1: 500, y: 780 - i * 14, size: 12 }));

  it('goes on over a page break after a full stop when paragraphs are marked by indents and the next page\'s first line is not', () => {
    const pages = [
      page([['The first paragraph starts here', true], ['and goes on for a line.', false], ['The second one starts', true], ['and its sentence ends here.', false]]),
      page([['Its next sentence is on the next page.', false], ['A third paragraph', true], ['ends.', false]]),
    ];
    expect(paragraphsOf(pages)).toEqual([
      'The first paragraph starts here and goes on for a line.',
      'The second one starts and its sentence ends here. Its next sentence is on the next page.',
      'A third paragraph ends.',
    ]);
  });

  it('starts a paragraph on the next page at an indented line, even after a line that ends mid-sentence', () => {
    const pages = [
      page([['A heading without a full stop', true], ['then its text', false], ['and a line', false]]),
      page([['New paragraph here.', true], ['And more of it.', false]]),
    ];
    expect(paragraphsOf(pages)).toEqual(['A heading without a full stop then its text and a line', 'New paragraph here. And more of it.']);
  });
});

describe('PDFs Themata cannot read', () => {
  it('refuses a PDF of images only (a scan), saying text recognition is needed', async () => {
    expect(await refusal(readPdfArticle(scan, 'scan.pdf'))).toMatchObject({
      code: 'file-empty',
      message: 'scan.pdf has no text to read: its pages are images (a scan?); Themata reads only text, so run it through text recognition (OCR) first.',
    });
  });

  it('refuses a PDF that needs a password', async () => {
    expect(await refusal(readPdfArticle(passwordProtectedPdf(), 'locked.pdf'))).toMatchObject({
      code: 'file-unreadable',
      message: 'locked.pdf is protected by a password; open it, save a copy without one, and import that.',
    });
  });

  it('refuses a damaged PDF: cut short, or not a PDF at all', async () => {
    for (const bytes of [Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Cat'), Buffer.from('Only some text, named .pdf')]) {
      expect(await refusal(readPdfArticle(bytes, 'broken.pdf'))).toMatchObject({ code: 'file-unreadable', message: 'broken.pdf is not a PDF Themata can open: it is damaged or incomplete.' });
    }
  });
});
