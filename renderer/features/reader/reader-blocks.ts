/**
 * How the reader cuts a document into rows for the virtual list: one row per
 * paragraph, a long paragraph cut into chunks of sentences, and placeholder
 * rows for pages of sentences not fetched yet. The DOM then holds a bounded
 * number of sentences however long the document is.
 */
import { pageOf } from '../../state/sentence-store';

export interface ReaderBlock {
  key: string;
  /** Sentence numbers shown in this row, ascending. */
  numbers: readonly number[];
  /** The paragraph (from 0), or null while the row's sentences are loading. */
  paragraph: number | null;
  /** Same paragraph as the row before: a long paragraph cut into chunks. */
  continued: boolean;
  /** Sentences hidden by the filter between the row before and this one. */
  hiddenBefore: number;
}

export interface BlockSource {
  total: number;
  pageSize: number;
  isPageLoaded(page: number): boolean;
  /** The paragraph of a sentence on a loaded page. */
  paragraphOf(number: number): number | undefined;
}

export const MAX_SENTENCES_PER_BLOCK = 40;

/**
 * @param only the sentence numbers a filter lets through (ascending), or null for all
 */
export function buildBlocks(
  source: BlockSource,
  only: readonly number[] | null,
  maxSentences = MAX_SENTENCES_PER_BLOCK,
): ReaderBlock[] {
  const blocks: ReaderBlock[] = [];
  let current: { numbers: number[]; paragraph: number | null; page: number; continued: boolean; hiddenBefore: number } | null = null;
  let previousNumber = 0;
  let previousParagraph: number | null = null;

  const close = () => {
    if (!current) return;
    const first = current.numbers[0]!;
    blocks.push({
      key: current.paragraph === null ? `loading-${first}` : `p${current.paragraph}-${first}`,
      numbers: current.numbers,
      paragraph: current.paragraph,
      continued: current.continued,
      hiddenBefore: current.hiddenBefore,
    });
    current = null;
  };

  const visit = (number: number) => {
    const page = pageOf(number, source.pageSize);
    const paragraph = source.isPageLoaded(page) ? (source.paragraphOf(number) ?? null) : null;
    const hidden = number - previousNumber - 1;
    const fits =
      current !== null &&
      current.numbers.length < maxSentences &&
      current.paragraph === paragraph &&
      (paragraph !== null || current.page === page);
    if (!fits) {
      close();
      current = {
        numbers: [],
        paragraph,
        page,
        continued: paragraph !== null && paragraph === previousParagraph,
        hiddenBefore: only ? hidden : 0,
      };
    }
    current!.numbers.push(number);
    previousNumber = number;
    previousParagraph = paragraph;
  };

  if (only) for (const number of only) visit(number);
  else for (let number = 1; number <= source.total; number += 1) visit(number);
  close();
  return blocks;
}

/** The row holding a sentence, or the row just before where it would be (a hidden sentence). */
export function blockIndexOf(blocks: readonly ReaderBlock[], number: number): number {
  let low = 0;
  let high = blocks.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (blocks[middle]!.numbers[0]! <= number) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return Math.max(found, 0);
}

export interface BlockMetrics {
  charactersPerLine: number;
  lineHeight: number;
  paragraphGap: number;
  /** Extra height for a sentence's note. */
  noteHeight: number;
}

/** A first guess at a row's height before the browser measures it. */
export function estimateBlockHeight(
  block: ReaderBlock,
  lengthOf: (number: number) => number | undefined,
  hasNote: (number: number) => boolean,
  metrics: BlockMetrics,
): number {
  let characters = 0;
  let notes = 0;
  for (const number of block.numbers) {
    characters += (lengthOf(number) ?? 140) + 1;
    if (hasNote(number)) notes += 1;
  }
  const lines = Math.max(1, Math.ceil(characters / metrics.charactersPerLine));
  const gap = block.continued ? 0 : metrics.paragraphGap;
  return lines * metrics.lineHeight + gap + notes * metrics.noteHeight + (block.hiddenBefore > 0 ? 36 : 0);
}
