/**
 * A Word file (.docx), read with mammoth: each paragraph, heading, list item
 * and table cell a paragraph; images, comments and styles left out. The
 * file's own properties give the title, author (its creator) and language
 * when they are set. Its zip is measured before mammoth unpacks it.
 */
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { unzipSync } from 'fflate';
import { NotebookError } from '../notebook-error';
import { type Article, articleText, articleTitle, keptDetails } from './article';
import { blocksOf, type PageElement } from './article-html';
import { checkZipSizes } from './zip-sizes';

const KIND = 'Word file';
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function readDocxArticle(bytes: Uint8Array, label: string, unzippedLimit?: number): Promise<Article> {
  // Word keeps an encrypted .docx, and every older .doc, in an OLE compound file rather than a zip.
  if (bytes.length >= 8 && OLE_SIGNATURE.every((byte, i) => bytes[i] === byte)) {
    throw new NotebookError('file-unreadable', `${label} is protected by a password, or is an older Word file (.doc); open it in Word and save it as .docx without a password.`);
  }
  const entries = checkZipSizes(bytes, label, KIND, unzippedLimit);
  if (!entries.some((entry) => entry.name === 'word/document.xml')) {
    throw new NotebookError('file-unreadable', `${label} is not a Word file Themata can open: it has no document inside (an older .doc, or another kind of file, renamed?).`);
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images are not text: none is unpacked into the page.
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
    html = result.value;
  } catch {
    throw new NotebookError('file-unreadable', `${label} is not a ${KIND} Themata can open: it is damaged or incomplete.`);
  }
  const body = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as PageElement;
  // A footnote's link back to where it is cited ("↑") is not its text.
  for (const back of Array.from(body.querySelectorAll('a[href^="#footnote-ref"], a[href^="#endnote-ref"]'))) back.remove();
  const text = articleText(blocksOf(body), label, 'has no text (only images, or nothing at all).');
  const properties = coreProperties(bytes);
  const title = articleTitle(properties.title);
  return {
    text,
    ...(title === undefined ? {} : { title }),
    details: keptDetails({ author: properties.creator, language: properties.language }),
  };
}

/** The title, creator and language the file declares (docProps/core.xml), where set. */
function coreProperties(bytes: Uint8Array): { title?: string; creator?: string; language?: string } {
  let xml: string;
  try {
    const files = unzipSync(bytes, { filter: (file) => file.name === 'docProps/core.xml' });
    const core = files['docProps/core.xml'];
    if (!core) return {};
    xml = new TextDecoder().decode(core);
  } catch {
    return {};
  }
  const { document } = parseHTML(`<!doctype html><html><body>${xml.replace(/<\?xml[^>]*\?>/, '')}</body></html>`);
  const field = (name: string) => document.querySelector(name.replace(':', '\\:'))?.textContent?.trim() || undefined;
  return { title: field('dc:title'), creator: field('dc:creator'), language: field('dc:language') };
}
