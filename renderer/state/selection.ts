/**
 * The selection in the reader: an anchor sentence and a focus sentence
 * (numbers counted from 1), as in a text editor. When a filter hides
 * sentences, moving and range selection only touch the visible ones.
 */

export interface Selection {
  anchor: number;
  focus: number;
}

export function single(number: number): Selection {
  return { anchor: number, focus: number };
}

export function selectionBounds(selection: Selection): [number, number] {
  return selection.anchor <= selection.focus ? [selection.anchor, selection.focus] : [selection.focus, selection.anchor];
}

/** Index of the first element of a sorted list that is >= value. */
function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The sentence numbers a command applies to; only visible ones when a filter is on. */
export function selectedNumbers(selection: Selection, visible: readonly number[] | null): number[] {
  const [low, high] = selectionBounds(selection);
  if (visible) return visible.slice(lowerBound(visible, low), lowerBound(visible, high + 1));
  return Array.from({ length: high - low + 1 }, (_, i) => low + i);
}

/** The next (by 1) or previous (by -1) visible sentence, staying put at either end. */
export function step(from: number, by: 1 | -1, total: number, visible: readonly number[] | null): number {
  if (visible) {
    if (visible.length === 0) return from;
    if (by === 1) return visible[lowerBound(visible, from + 1)] ?? visible[visible.length - 1]!;
    const before = lowerBound(visible, from) - 1;
    return visible[Math.max(before, 0)]!;
  }
  return Math.min(Math.max(from + by, 1), Math.max(total, 1));
}

/**
 * `count` visible sentences on from `from` (back when negative), stopping at
 * either end; `step` is the one-sentence case.
 */
export function stepBy(from: number, count: number, total: number, visible: readonly number[] | null): number {
  if (visible) {
    if (visible.length === 0) return from;
    const index = count > 0 ? lowerBound(visible, from + 1) + count - 1 : lowerBound(visible, from) + count;
    return visible[Math.min(Math.max(index, 0), visible.length - 1)]!;
  }
  return Math.min(Math.max(from + count, 1), Math.max(total, 1));
}

/** The first and last sentence the reader shows, in part or whole. */
export interface SentencesInView {
  first: number;
  last: number;
}

/** How far PageDown and PageUp move when the reader cannot say what it shows. */
export const PAGE_FALLBACK = 20;

/**
 * PageDown and PageUp page through what the reader shows and select the
 * sentence at the top of the new page, wherever the selection was: PageDown
 * the last sentence in view (it opens the next page, so a line cut at the
 * bottom is read whole), PageUp the sentence as many sentences above the
 * first as the view holds. With a filter only the sentences it shows count.
 */
export function pageTarget(
  by: 1 | -1,
  view: SentencesInView | null,
  current: number | null,
  total: number,
  visible: readonly number[] | null,
): number | null {
  if (total === 0 || (visible && visible.length === 0)) return null;
  if (!view) return stepBy(current ?? 1, by * PAGE_FALLBACK, total, visible);
  const span = visible ? lowerBound(visible, view.last + 1) - lowerBound(visible, view.first) - 1 : view.last - view.first;
  if (by === 1) return span > 0 ? view.last : stepBy(view.last, 1, total, visible);
  return stepBy(view.first, -Math.max(span, 1), total, visible);
}

export function move(
  selection: Selection | null,
  by: 1 | -1,
  extend: boolean,
  total: number,
  visible: readonly number[] | null,
): Selection | null {
  if (total === 0 || (visible && visible.length === 0)) return null;
  if (!selection) return single(visible ? visible[0]! : 1);
  const focus = step(selection.focus, by, total, visible);
  return extend ? { anchor: selection.anchor, focus } : single(focus);
}

export function edge(to: 'first' | 'last', total: number, visible: readonly number[] | null): Selection | null {
  if (total === 0) return null;
  if (visible) {
    const number = to === 'first' ? visible[0] : visible[visible.length - 1];
    return number === undefined ? null : single(number);
  }
  return single(to === 'first' ? 1 : total);
}

/** A click selects one sentence; a Shift-click extends from the anchor. */
export function click(selection: Selection | null, number: number, shift: boolean): Selection {
  return shift && selection ? { anchor: selection.anchor, focus: number } : single(number);
}

/**
 * The next sentence after `from` (or before, going back) in a sorted list of
 * matches, wrapping around at the end; null when there are none.
 */
export function nextMatch(
  matches: readonly number[],
  from: number,
  by: 1 | -1,
): { number: number; wrapped: boolean } | null {
  if (matches.length === 0) return null;
  if (by === 1) {
    const index = lowerBound(matches, from + 1);
    return index < matches.length ? { number: matches[index]!, wrapped: false } : { number: matches[0]!, wrapped: true };
  }
  const index = lowerBound(matches, from) - 1;
  return index >= 0 ? { number: matches[index]!, wrapped: false } : { number: matches[matches.length - 1]!, wrapped: true };
}

/** "sentence 4" or "sentences 4–7", as the status bar says it. */
export function describeSelection(selection: Selection | null, count: number): string {
  if (!selection) return 'No sentence selected';
  const [low, high] = selectionBounds(selection);
  if (low === high) return `Sentence ${low}`;
  return count === high - low + 1 ? `Sentences ${low}–${high}` : `${count} sentences (${low}–${high})`;
}
