import { setNote } from '../notes';
import { changeTags } from '../tags';
import { addTheme, deleteTheme, reorderThemes } from '../themes';
import type { MemoryNotebook } from './memory-notebook';

/** mulberry32: a small seeded sequence, so a failing seed replays the same notebook. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words sharing prefixes, with accents, apostrophes, hyphens and initials, as news text has them. */
export const WORDS = [
  'the', 'them', 'there', 'said', 'says', 'Syria', 'Syrian', 'missile', 'missiles', 'mission', 'Moscow', 'Moscow’s',
  'talks', 'Ankara', 'Déclarations', 'déclaré', 'U.S.', 'pilot-safety', 'gas', 'Gazprom', 'strike', 'struck', 'officials',
];

export interface RandomNotebook {
  themes: number[];
  documents: number[];
  removed: number[];
}

/**
 * Several documents of random sentences (one or two removed, wherever they fall
 * in import order), themes in a shuffled codebook order (a deleted one among
 * them at times), random tags with up to every theme on a sentence, themes and
 * documents without tags, and notes, some on removed documents.
 */
export function fillRandomNotebook(nb: MemoryNotebook, seed: number): RandomNotebook {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const sentence = () => {
    const words = Array.from({ length: 2 + Math.floor(random() * 8) }, () => pick(WORDS));
    return words.join(' ').replace(/^./, (first) => first.toUpperCase()) + '.';
  };
  const themes = Array.from({ length: 2 + Math.floor(random() * 4) }, (_, i) => addTheme(nb.ctx, nb.history, { name: `Theme ${i + 1}` }).id);
  if (random() < 0.3) deleteTheme(nb.ctx, nb.history, themes.pop()!);
  const order = [...themes];
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  reorderThemes(nb.ctx, nb.history, order);

  const documents: number[] = [];
  const count = 3 + Math.floor(random() * 4);
  for (let d = 0; d < count; d += 1) {
    const paragraphs = Array.from({ length: 1 + Math.floor(random() * 4) }, () =>
      Array.from({ length: 1 + Math.floor(random() * 5) }, sentence).join(' '),
    );
    documents.push(nb.importDocument({ title: `Document ${d + 1}`, text: paragraphs.join('\n'), sourceName: null }));
  }

  for (const documentId of documents) {
    const untagged = random() < 0.2;
    for (const id of nb.sentenceIds(documentId)) {
      if (untagged || random() < 0.4) continue;
      for (const theme of themes) {
        if (random() < 0.45) nb.write(() => changeTags(nb.ctx, nb.history, [id], theme, 'add'));
      }
      if (random() < 0.25) {
        nb.clock.advance(120_000);
        nb.write(() => setNote(nb.ctx, nb.history, id, `${pick(WORDS)} ${pick(WORDS)} note`));
      }
    }
  }

  const removed = [pick(documents)];
  if (random() < 0.4) removed.push(pick(documents.filter((d) => d !== removed[0])));
  for (const documentId of removed) nb.removeDocument(documentId);
  return { themes, documents, removed };
}
