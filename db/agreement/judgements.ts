/**
 * Present/absent judgements per theme, from plain data: which documents are
 * compared, and each compared coder's tags on their sentences. Pure, so the
 * statistics can be checked on small tables worked by hand.
 *
 * A theme is judged on its own tags: a sub-theme's tag is not a judgement
 * that its parent is present. Each code in the codebook is a decision of its
 * own, and reading a parent's roll-up would count one decision twice.
 */
import type { ReliabilityTable, Tally } from './reliability';

/** A coder's word that a document is coded. */
export interface CodedMark {
  documentId: number;
  coder: string;
}

/** One tag: a coder put a theme on a sentence. */
export interface TagMark {
  sentenceId: number;
  themeId: number;
  coder: string;
}

/**
 * The documents whose sentences are the units: those every compared coder
 * marked as coded, or with `all` every document. In the order given.
 */
export function comparedDocuments(documentIds: readonly number[], coded: Iterable<CodedMark>, coders: readonly string[], all: boolean): number[] {
  if (all) return [...documentIds];
  const codedBy = new Map<number, Set<string>>();
  for (const mark of coded) {
    let set = codedBy.get(mark.documentId);
    if (!set) codedBy.set(mark.documentId, (set = new Set()));
    set.add(mark.coder);
  }
  return documentIds.filter((id) => {
    const set = codedBy.get(id);
    return set !== undefined && coders.every((coder) => set.has(coder));
  });
}

/**
 * Every compared coder's judgement of every theme on every unit. A coder
 * judges every unit (a coded document's sentence without their tag is a
 * judgement of absent), so no judgement is missing.
 */
export class Judgements {
  /** Per theme, per coder (in `coders` order): the units they tagged with it. */
  private readonly tagged = new Map<number, Set<number>[]>();

  constructor(
    readonly coders: readonly string[],
    readonly themeIds: readonly number[],
    /** Sentence ids, in reading order. */
    readonly units: readonly number[],
    tags: Iterable<TagMark>,
  ) {
    const coderIndex = new Map(coders.map((coder, i) => [coder, i]));
    for (const themeId of themeIds) this.tagged.set(themeId, coders.map(() => new Set<number>()));
    const unitSet = new Set(units);
    for (const tag of tags) {
      const i = coderIndex.get(tag.coder);
      const byCoder = this.tagged.get(tag.themeId);
      if (i === undefined || byCoder === undefined || !unitSet.has(tag.sentenceId)) continue;
      byCoder[i]!.add(tag.sentenceId);
    }
  }

  /** Each coder's judgement of a theme on a sentence: true where they tagged it. */
  judgement(themeId: number, sentenceId: number): boolean[] {
    return this.byCoder(themeId).map((set) => set.has(sentenceId));
  }

  /** Units as rows, coders as columns. */
  table(themeId: number): ReliabilityTable {
    const byCoder = this.byCoder(themeId);
    return this.units.map((unit) => byCoder.map((set) => set.has(unit)));
  }

  /** Every theme's table, one after the other: the judgements pooled over the codebook. */
  pooledTable(): ReliabilityTable {
    return this.themeIds.flatMap((themeId) => this.table(themeId));
  }

  /**
   * The theme's table as a tally, built from the tagged units alone: every
   * other unit is the one row where every coder judged it absent.
   */
  tally(themeId: number): Tally {
    return this.tallyOver([themeId]);
  }

  /** The pooled table as a tally. */
  pooledTally(): Tally {
    return this.tallyOver(this.themeIds);
  }

  private tallyOver(themeIds: readonly number[]): Tally {
    const rows = new Map<string, { judgements: boolean[]; count: number }>();
    const count = (judgements: boolean[], n: number) => {
      if (n === 0) return;
      const key = judgements.map((present) => (present ? '1' : '0')).join('');
      const row = rows.get(key);
      if (row) row.count += n;
      else rows.set(key, { judgements, count: n });
    };
    for (const themeId of themeIds) {
      const byCoder = this.byCoder(themeId);
      const tagged = new Set<number>();
      for (const set of byCoder) for (const unit of set) tagged.add(unit);
      for (const unit of tagged) count(byCoder.map((set) => set.has(unit)), 1);
      count(byCoder.map(() => false), this.units.length - tagged.size);
    }
    return [...rows.values()];
  }

  /** How many units each coder tagged with the theme. */
  taggedCounts(themeId: number): number[] {
    return this.byCoder(themeId).map((set) => set.size);
  }

  /** The units, in reading order, where the coders' judgements of the theme differ. */
  disagreeing(themeId: number): number[] {
    const byCoder = this.byCoder(themeId);
    // Only a tagged unit can differ: look at those alone.
    const candidates = new Set<number>();
    for (const set of byCoder) for (const unit of set) candidates.add(unit);
    if (candidates.size === 0) return [];
    return this.units.filter((unit) => {
      if (!candidates.has(unit)) return false;
      const first = byCoder[0]!.has(unit);
      return byCoder.some((set) => set.has(unit) !== first);
    });
  }

  private byCoder(themeId: number): Set<number>[] {
    const byCoder = this.tagged.get(themeId);
    if (!byCoder) throw new Error(`theme ${themeId} is not among those judged`);
    return byCoder;
  }
}
