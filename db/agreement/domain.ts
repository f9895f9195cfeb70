/**
 * Agreement between coders as the store reports it and the contract carries
 * it: per theme, over the sentences every compared coder has coded.
 */

/** The coder a consensus is settled into: one more coder, whose tags are the coders' agreed answer. */
export const CONSENSUS_CODER = 'Consensus';

/** The three figures over one set of present/absent judgements; null where a figure is undefined (see readings.ts). */
export interface AgreementFigures {
  /** Units judged: sentences for a theme; sentences × themes pooled for the overall figures. */
  units: number;
  percentAgreement: number | null;
  /** Null for more than two coders. */
  cohensKappa: number | null;
  krippendorffsAlpha: number | null;
}

export interface ThemeAgreement extends AgreementFigures {
  themeId: number;
  name: string;
  /** 0 for a top-level theme, 1 for a sub-theme...: each is judged on its own tags. */
  depth: number;
  /** Sentences among the units where the coders' judgements differ. */
  disagreements: number;
  /** How many of the units each compared coder tagged with the theme, in the order of the report's coders. */
  tagged: number[];
}

export interface AgreementReport {
  /** The coders compared, in the order their judgements are listed. */
  coders: string[];
  /** Documents whose sentences are the units. */
  documents: number;
  /** Sentences compared (each theme's units). */
  sentences: number;
  /** Whether every document was taken (--all) rather than those every coder marked as coded. */
  all: boolean;
  themes: ThemeAgreement[];
  /** Pooled: every theme's judgements in one table; mean: the mean of each figure over the themes where it is defined. */
  overall: AgreementFigures & { mean: Omit<AgreementFigures, 'units'> };
}

/** What to compare; every coder who marked documents as coded (but the consensus), every theme, when left out. */
export interface AgreementRequest {
  coders?: string[];
  themeIds?: number[];
  /** Every document, coded or not: a coder who left a document unmarked judged its sentences absent. */
  all?: boolean;
}

export interface CoderJudgement {
  coder: string;
  present: boolean;
  /** The coder's own note on the sentence, or null. */
  note: string | null;
}

/** A sentence with its neighbours, as read from the notebook. */
export interface SentenceInContext {
  sentenceId: number;
  documentId: number;
  documentTitle: string;
  /** Counted from 1, as the reader shows it. */
  sentenceNumber: number;
  text: string;
  /** The sentences before and after it in its document, for context; null at either end. */
  before: string | null;
  after: string | null;
}

/** A sentence where the compared coders judged a theme differently. */
export interface Disagreement extends SentenceInContext {
  judgements: CoderJudgement[];
  /**
   * The consensus on the theme: true when the consensus coder holds it, false when a
   * settling left it off, null while the sentence is not settled.
   */
  consensus: boolean | null;
}

export interface DisagreementList {
  coders: string[];
  theme: { id: number; name: string };
  documents: number;
  /** Sentences compared. */
  units: number;
  all: boolean;
  disagreements: Disagreement[];
}

export interface DisagreementRequest extends Omit<AgreementRequest, 'themeIds'> {
  themeId: number;
}

/** Settling a sentence: the consensus coder's tags for these themes become the union of the kept coders' ([] keeps neither). */
export interface SettleRequest {
  sentenceId: number;
  themeIds: number[];
  keep: string[];
}
