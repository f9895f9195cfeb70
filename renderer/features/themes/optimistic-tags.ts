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
  /** Sentences that gained the theme (positive) or lost it (negative). */
  tagDelta: number;
  /** Sentences that became tagged (positive) or untagged (negative). */
  taggedDelta: number;
}

/**
 * A key press changes the coder's own tags: the theme comes off when the
 * coder holds it on every selected sentence, and goes on the others. Other
 * coders' tags stay; the counts move only when a sentence gains its first
 * holder of the theme, or loses its last.
 *
 * @param position the theme's place in the codebook, so chips keep codebook order
 */
export function toggleTheme(
  sentences: readonly Sentence[],
  themeId: number,
  position: (themeId: number) => number,
  coder: string,
): TagToggle {
  const mine = (sentence: Sentence) => sentence.tags.some((t) => t.themeId === themeId && t.coder === coder);
  const applied = !sentences.every(mine);
  let tagDelta = 0;
  let taggedDelta = 0;
  const next = sentences.map((sentence) => {
    if (mine(sentence) === applied) return sentence;
    const tags = applied
      ? [...sentence.tags, { themeId, coder }].sort(
          (a, b) => position(a.themeId) - position(b.themeId) || a.themeId - b.themeId || a.coder.localeCompare(b.coder),
        )
      : sentence.tags.filter((t) => !(t.themeId === themeId && t.coder === coder));
    const themeIds = [...new Set(tags.map((t) => t.themeId))];
    if (themeIds.includes(themeId) !== sentence.themeIds.includes(themeId)) tagDelta += applied ? 1 : -1;
    if (sentence.themeIds.length === 0 && themeIds.length > 0) taggedDelta += 1;
    if (sentence.themeIds.length > 0 && themeIds.length === 0) taggedDelta -= 1;
    return { ...sentence, tags, themeIds };
  });
  return { applied, sentences: next, tagDelta, taggedDelta };
}
