/**
 * Which reader a file's extension calls for, and the file read with it into
 * a text and its details. The readers are a table by extension, so another
 * kind of article is one row more. Every file, whatever its kind, is refused
 * over the import's size limit before it is read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { NotebookError } from '../notebook-error';
import { decodeInput, describeTooLarge, MAX_IMPORT_BYTES, readAtMost, readTextFile, titleFromFileName, type TextFile } from '../text-file';
import type { Article } from './article';

export interface ArticleReader {
  /** What the file is, for the list of what Themata reads: "web page". */
  kind: string;
  read(bytes: Uint8Array, label: string): Article | Promise<Article>;
}

/**
 * A reader's module, loaded the first time a file of its kind is read: every
 * command of the CLI, and the app's start, would otherwise load the HTML,
 * Markdown, Word and PDF libraries for nothing. Once loaded, it reads at once.
 */
function lazily<M>(load: () => Promise<M>, read: (module: M, bytes: Uint8Array, label: string) => Article | Promise<Article>): ArticleReader['read'] {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  return (bytes, label) => {
    if (loaded) return read(loaded, bytes, label);
    loading ??= load().then((module) => (loaded = module));
    return loading.then((module) => read(module, bytes, label));
  };
}

const plainText: ArticleReader = { kind: 'plain text', read: (bytes, label) => ({ text: decodeInput(bytes, label) }) };
const markdown: ArticleReader = {
  kind: 'Markdown',
  read: lazily(() => import('./article-markdown'), (module, bytes, label) => module.readMarkdownArticle(decodeInput(bytes, label), label)),
};
const webPage: ArticleReader = { kind: 'saved web page', read: lazily(() => import('./article-html'), (module, bytes, label) => module.readHtmlArticle(bytes, label)) };
const pdf: ArticleReader = { kind: 'PDF', read: lazily(() => import('./article-pdf'), (module, bytes, label) => module.readPdfArticle(bytes, label)) };
const word: ArticleReader = { kind: 'Word file', read: lazily(() => import('./article-docx'), (module, bytes, label) => module.readDocxArticle(bytes, label)) };

/** The readers by extension (lower case, with its dot). */
export const ARTICLE_READERS: Readonly<Record<string, ArticleReader>> = {
  '.txt': plainText,
  '.text': plainText,
  '.md': markdown,
  '.markdown': markdown,
  '.html': webPage,
  '.htm': webPage,
  '.pdf': pdf,
  '.docx': word,
};

export const ARTICLE_EXTENSIONS = Object.keys(ARTICLE_READERS);

/** The reader for a file name (or a path), by its extension; undefined for a kind Themata does not read. */
export function readerFor(name: string): ArticleReader | undefined {
  const extension = path.extname(name).toLowerCase();
  return Object.hasOwn(ARTICLE_READERS, extension) ? ARTICLE_READERS[extension] : undefined;
}

/** "a.png is not a kind of file Themata imports; it reads .txt, .md, .html, .pdf and .docx files." */
export function unknownKind(name: string): NotebookError {
  const base = name.split(/[\\/]/).pop() || name;
  return new NotebookError('invalid-input', `${base} is not a kind of file Themata imports; it reads ${ACCEPTED} files.`);
}

const ACCEPTED = (() => {
  const shown = ['.txt', '.md', '.html', '.pdf', '.docx'];
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
})();

/** A file on disk, read by the reader its extension calls for. */
export async function readArticleFile(filePath: string): Promise<TextFile> {
  return readArticle(filePath);
}

/**
 * A file on disk, read by the reader its extension calls for: at once for
 * the kinds read in one go (text, Markdown, web pages), a promise for those
 * whose reader waits (PDF, Word). An import reads the first kind inside its
 * transaction, file after file, and waits for the second before opening one.
 */
export function readArticle(filePath: string): TextFile | Promise<TextFile> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch {
    throw new NotebookError('file-missing', `There is no file at ${filePath}.`);
  }
  if (stat.isDirectory()) throw new NotebookError('file-is-directory', `${filePath} is a folder; choose a file to import.`);
  // A pipe has no extension to go by (themata import <(curl …), /dev/stdin): what flows through one is read as text.
  const reader = readerFor(filePath) ?? (!stat.isFile() && path.extname(filePath) === '' ? plainText : undefined);
  if (!reader) throw unknownKind(filePath);
  // Plain text keeps its own reading: a pipe or a device counted byte by byte, decoded as it is read.
  if (reader === plainText) return readTextFile(filePath);
  if (stat.isFile() && stat.size > MAX_IMPORT_BYTES) throw new NotebookError('file-too-large', describeTooLarge(filePath, stat.size));
  let bytes: Buffer;
  try {
    const fd = fs.openSync(filePath, 'r');
    try {
      bytes = readAtMost(fd, MAX_IMPORT_BYTES + 1, stat.size + 1);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    throw new NotebookError('file-unreadable', `Themata could not read ${filePath} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  return whenRead(readBytes(reader, bytes, filePath), (article) => articleOf(path.basename(filePath), article));
}

/**
 * A file's bytes that came some other way than from disk (a page sent them),
 * named by `name` (a file name, or a path inside a chosen folder), read as
 * the same file on disk is.
 */
export function articleFromBytes(name: string, bytes: Uint8Array): TextFile | Promise<TextFile> {
  const reader = readerFor(name);
  if (!reader) throw unknownKind(name);
  const base = name.split(/[\\/]/).pop() || name;
  return whenRead(readBytes(reader, bytes, name), (article) => articleOf(base, article));
}

/** `f` of what a reader gave, at once if it gave it at once. */
function whenRead<T>(article: Article | Promise<Article>, f: (article: Article) => T): T | Promise<T> {
  return article instanceof Promise ? article.then(f) : f(article);
}

function readBytes(reader: ArticleReader, bytes: Uint8Array, label: string): Article | Promise<Article> {
  if (bytes.length > MAX_IMPORT_BYTES) throw new NotebookError('file-too-large', describeTooLarge(label, bytes.length));
  if (bytes.length === 0) throw new NotebookError('file-empty', `${label} is empty.`);
  return reader.read(bytes, label);
}

function articleOf(sourceName: string, article: Article): TextFile {
  const details = article.details && Object.keys(article.details).length > 0 ? { details: article.details } : {};
  return { text: article.text, sourceName, suggestedTitle: article.title ?? titleFromFileName(sourceName), ...details };
}
