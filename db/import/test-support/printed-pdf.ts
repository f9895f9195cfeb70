/**
 * PDFs as researchers get them: pages printed from HTML by Chromium (the
 * browser's "Save as PDF"), with a running header and footer, here in two
 * columns. Made at test time; slow enough (a browser starts) to make once per test file.
 */
import { chromium } from 'playwright';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Prints each page to a PDF in one browser; `running` adds the page's title as
 * a running header and "Page N of M" as a footer, as a browser's print does.
 */
export async function printToPdf(pages: readonly { html: string; running: boolean | 'page-number' }[]): Promise<Buffer[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const printed: Buffer[] = [];
    for (const { html, running } of pages) {
      const page = await browser.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      printed.push(
        await page.pdf({
          format: 'A4',
          displayHeaderFooter: running !== false,
          headerTemplate: running === true ? '<div style="font-size:8px;width:100%;text-align:center;font-family:serif">Energy Weekly · <span class="title"></span></div>' : '<span></span>',
          footerTemplate:
            running === true
              ? '<div style="font-size:8px;width:100%;text-align:center;font-family:serif">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>'
              : '<div style="font-size:9px;width:100%;text-align:right;padding-right:2cm;font-family:serif"><span class="pageNumber"></span></div>',
          margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' },
        }),
      );
      await page.close();
    }
    return printed;
  } finally {
    await browser.close();
  }
}

/** Long words with soft hyphens, so narrow columns break some of them across lines. */
const LONG_WORDS = ['inter\u00adgovern\u00admental', 'extra\u00adordinarily', 're\u00adnegoti\u00adation', 'infra\u00adstructure'];

/** Paragraph `n` of the two-column article: each different, each with words that may be hyphenated. */
export function columnParagraph(n: number): string {
  const word = LONG_WORDS[n % LONG_WORDS.length]!;
  return `Paragraph ${n} reports that the ${'very '.repeat(n % 7)}${word} commission discussed the pipeline and the storage sites near the Black Sea coast. ` +
    `Officials called the ${'long '.repeat(n % 5)}${word} talks useful, and analysts expect prices for the coming winter to fall again.`;
}

export const COLUMN_PARAGRAPHS = 24;

/** A two-column article over several pages: a headline across both columns, then the columns. */
export function twoColumnArticle(): string {
  const paragraphs = Array.from({ length: COLUMN_PARAGRAPHS }, (_, i) => `<p>${columnParagraph(i + 1)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Gas talks in Istanbul</title>
<style>
  body { font: 11pt/1.35 serif; margin: 0 }
  h1 { font-size: 22pt; margin: 0 0 12pt }
  .columns { column-count: 2; column-gap: 28pt; hyphens: manual }
  p { margin: 0 0 9pt }
</style></head>
<body><h1>Ankara and Moscow agree on the price of gas</h1>
<div class="columns">${paragraphs}</div></body></html>`;
}

/** Paragraph `n` of a book-like page: several lines long, so its first line's indent is what marks it. */
export function indentedParagraph(n: number): string {
  return Array.from({ length: 4 }, (_, i) => `Sentence ${i + 1} of paragraph ${n} follows the delegation from Ankara to the talks in Moscow and back.`).join(' ');
}

export const INDENTED_PARAGRAPHS = 14;

/** One column, paragraphs marked by an indented first line and no space between them, as books and reports set them. */
export function indentedArticle(): string {
  const paragraphs = Array.from({ length: INDENTED_PARAGRAPHS }, (_, i) => `<p>${indentedParagraph(i + 1)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Delegation report</title>
<style>body { font: 12pt/1.4 serif; margin: 0 } p { margin: 0; text-indent: 2em; text-align: justify }</style></head>
<body>${paragraphs}</body></html>`;
}

/** A page with a drawing and no text: what a scan is to a text reader. */
export function drawingOnly(): string {
  return `<!doctype html><html><head><title> </title></head><body>
<svg width="400" height="300"><rect x="10" y="10" width="380" height="280" fill="#ccd"/><circle cx="200" cy="150" r="90" fill="#446"/></svg>
</body></html>`;
}

/**
 * A PDF that opens only with a password, written by hand (no tool here
 * encrypts one): the standard security handler, revision 2, whose password
 * check an empty password fails, as it does for any file locked by its author.
 */
export function passwordProtectedPdf(): Buffer {
  const hex = (seed: number) => Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) & 0xff).toString(16).padStart(2, '0')).join('');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    '<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 720 Td (Secret text) Tj ET\nendstream',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(11)}> /U <${hex(99)}> /P -3904 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<${hex(5).slice(0, 32)}> <${hex(5).slice(0, 32)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
