/** The sentences where coders judged a theme differently, each as the coders discuss it: in context, with each coder's answer and note. */
import type { Disagreement, SentenceInContext } from './domain';
import type { Judgements } from './judgements';

export type { SentenceInContext };

export interface CoderNote {
  sentenceId: number;
  coder: string;
  body: string;
}

/** Where the consensus stands on the theme: sentences the consensus coder tagged with it, and sentences settled at all. */
export interface ConsensusState {
  tagged: ReadonlySet<number>;
  settled: ReadonlySet<number>;
}

/**
 * The disagreements on a theme in reading order. `sentences` must hold every
 * sentence `judgements.disagreeing(themeId)` names; notes of other coders or
 * sentences are ignored.
 */
export function disagreementsOn(
  judgements: Judgements,
  themeId: number,
  sentences: ReadonlyMap<number, SentenceInContext>,
  notes: Iterable<CoderNote>,
  consensus: ConsensusState,
): Disagreement[] {
  const ids = judgements.disagreeing(themeId);
  const wanted = new Set(ids);
  const noteOf = new Map<string, string>();
  for (const note of notes) if (wanted.has(note.sentenceId)) noteOf.set(`${note.sentenceId}\u0000${note.coder}`, note.body);
  return ids.map((sentenceId) => {
    const sentence = sentences.get(sentenceId);
    if (!sentence) throw new Error(`sentence ${sentenceId} was not read`);
    const present = judgements.judgement(themeId, sentenceId);
    return {
      ...sentence,
      judgements: judgements.coders.map((coder, i) => ({ coder, present: present[i]!, note: noteOf.get(`${sentenceId}\u0000${coder}`) ?? null })),
      consensus: consensus.tagged.has(sentenceId) ? true : consensus.settled.has(sentenceId) ? false : null,
    };
  });
}
