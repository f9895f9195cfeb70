/**
 * What a theme key does to the selected sentences, computed on the screen
 * before the notebook confirms it, with the notebook's own rule: remove the
 * theme when every selected sentence carries it, otherwise add it to those
 * that lack it.
 */
import type { Sentence } from '../../../electron/contract';

export interface TagToggle {
  /** True when the theme was added, false when removed. */
  applied: boolean;
  /** The sentences after the change; unchanged ones keep their identity. */
  sentences: Sentence[];
  /** Tags added (positive) or removed (negative). */
  tagDelta: number;
  /** Sentences that became tagged (positive) or untagged (negative). */
  taggedDelta: number;
}

/**
 * @param position the theme's place in the codebook, so chips keep codebook order
 */
export function toggleTheme(
  sentences: readonly Sentence[],
  themeId: number,
  position: (themeId: number) => number,
): TagToggle {
  const applied = !sentences.every((s) => s.themeIds.includes(themeId));
  let tagDelta = 0;
  let taggedDelta = 0;
  const next = sentences.map((sentence) => {
    const has = sentence.themeIds.includes(themeId);
    if (has === applied) return sentence;
    const themeIds = applied
      ? [...sentence.themeIds, themeId].sort((a, b) => position(a) - position(b) || a - b)
      : sentence.themeIds.filter((id) => id !== themeId);
    tagDelta += applied ? 1 : -1;
    if (sentence.themeIds.length === 0 && themeIds.length > 0) taggedDelta += 1;
    if (sentence.themeIds.length > 0 && themeIds.length === 0) taggedDelta -= 1;
    return { ...sentence, themeIds };
  });
  return { applied, sentences: next, tagDelta, taggedDelta };
}
