/**
 * Files dropped on the window: which ones Themata can import as documents,
 * and the title each gets, as the notebook names imported files.
 */

export const IMPORTABLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.text'] as const;
/** The notebook's own limit for one imported file. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface FileLike {
  name: string;
  size: number;
}

export function isImportable(file: FileLike): boolean {
  const name = file.name.toLowerCase();
  return IMPORTABLE_EXTENSIONS.some((extension) => name.endsWith(extension));
}

/** Why a dropped file cannot be imported, in one sentence; null when it can. */
export function refusal(file: FileLike): string | null {
  if (!isImportable(file)) return `${file.name} is not a text file; Themata imports .txt and .md files.`;
  if (file.size === 0) return `${file.name} is empty.`;
  if (file.size > MAX_IMPORT_BYTES) return `${file.name} is larger than 20 MB; split it into smaller files.`;
  return null;
}

/** "syria_report-2015.txt" → "Syria report 2015". */
export function titleFromFileName(name: string): string {
  const stem = name.replace(/\.(txt|md|markdown|text)$/i, '');
  const spaced = stem.replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
  return spaced ? spaced.charAt(0).toUpperCase() + spaced.slice(1) : name;
}

/**
 * Decodes a file's bytes as UTF-8, refusing what would import as garbage.
 * Returns the text, or the reason in one sentence.
 */
export function decodeDroppedText(name: string, bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.length === 0) return { error: `${name} is empty.` };
  if (bytes.includes(0)) return { error: `${name} looks like a binary file, not text.` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: `${name} is not UTF-8 text; save it as UTF-8 and drop it again.` };
  }
  if (text.trim() === '') return { error: `${name} has no text, only blank space.` };
  return { text };
}

/** A title for pasted text: its first line, if short enough to be one. */
export function titleFromText(text: string): string {
  const firstLine = text.split(/\r?\n/).map((line) => line.trim()).find((line) => line !== '') ?? '';
  if (firstLine.length === 0) return '';
  return firstLine.length <= 120 ? firstLine : `${firstLine.slice(0, 117).trimEnd()}…`;
}
