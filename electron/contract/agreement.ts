/**
 * Agreement between coders: per theme, over the sentences every compared
 * coder has coded; the sentences where they differ, side by side; and the
 * consensus the coders settle them into. The plain-language readings of each
 * figure are the store's own (pure, no Node), so the workspace and the
 * command line read a figure the same way.
 */
import { z } from 'zod';
import type * as db from '../../db/agreement/domain';
import type { NotebookCoder } from '../../db/domain';
import { HistoryState, Id } from './domain';

export { CONSENSUS_CODER } from '../../db/agreement/domain';
export { FIGURE_NAMES, formatFigure, readFigure, type AgreementFigure, type FigureReading, type ReadingContext, type ReadingLevel } from '../../db/agreement/readings';

const Count = z.number().int().nonnegative();
/** A share or a coefficient; null where the figure is undefined (readFigure says why). */
const Figure = z.number().nullable();
const CoderName = z.string().trim().min(1).max(200);

export const AgreementFigures = z.object({ units: Count, percentAgreement: Figure, cohensKappa: Figure, krippendorffsAlpha: Figure });
export type AgreementFigures = db.AgreementFigures;

export const ThemeAgreement = AgreementFigures.extend({
  themeId: Id,
  name: z.string(),
  depth: Count,
  disagreements: Count,
  tagged: z.array(Count),
});
export type ThemeAgreement = db.ThemeAgreement;

export const AgreementReport = z.object({
  coders: z.array(z.string()),
  documents: Count,
  sentences: Count,
  all: z.boolean(),
  themes: z.array(ThemeAgreement),
  overall: AgreementFigures.extend({ mean: z.object({ percentAgreement: Figure, cohensKappa: Figure, krippendorffsAlpha: Figure }) }),
});
export type AgreementReport = db.AgreementReport;

export const CoderJudgement = z.object({ coder: z.string(), present: z.boolean(), note: z.string().nullable() });
export type CoderJudgement = db.CoderJudgement;

export const Disagreement = z.object({
  sentenceId: Id,
  documentId: Id,
  documentTitle: z.string(),
  sentenceNumber: z.number().int().positive(),
  text: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
  judgements: z.array(CoderJudgement),
  consensus: z.boolean().nullable(),
});
export type Disagreement = db.Disagreement;

export const DisagreementList = z.object({
  coders: z.array(z.string()),
  theme: z.object({ id: Id, name: z.string() }),
  documents: Count,
  units: Count,
  all: z.boolean(),
  disagreements: z.array(Disagreement),
});
export type DisagreementList = db.DisagreementList;

/** A coder the notebook knows, by what they have done in it. */
export const AgreementCoder = z.object({ name: z.string(), tags: Count, notes: Count, codedDocuments: Count });
export type AgreementCoder = NotebookCoder;

/** Who and what to compare: every coder who marked documents as coded (but the consensus), every theme, when left out. */
const AgreementRequest = z
  .object({
    coders: z.array(CoderName).min(2, 'agreement compares two or more coders').max(50).optional(),
    themeIds: z.array(Id).min(1).max(10_000).optional(),
    /** Every document, coded or not. */
    all: z.boolean().optional(),
  })
  .strict();

const DisagreementRequest = z
  .object({
    themeId: Id,
    coders: z.array(CoderName).min(2, 'agreement compares two or more coders').max(50).optional(),
    all: z.boolean().optional(),
  })
  .strict();

/** The Markdown of the disagreements, as a file to download or to preview. */
const MarkdownFile = z.object({ fileName: z.string(), mediaType: z.literal('text/markdown'), content: z.string(), encoding: z.literal('utf8') });

export const agreementChannels = {
  /** The coders of the notebook (the consensus among them once settled), with their tags, notes and documents marked as coded. */
  'agreement:coders': { input: z.object({}).strict(), output: z.array(AgreementCoder) },
  /** Percent agreement, Cohen's κ and Krippendorff's α per theme, and overall (pooled and mean). */
  'agreement:report': { input: AgreementRequest, output: AgreementReport },
  /** The sentences where the coders judged a theme differently, in reading order, each in context with every coder's answer and note. */
  'agreement:disagreements': { input: DisagreementRequest, output: DisagreementList },
  /**
   * Settles a sentence: the consensus coder's tags for these themes become the
   * union of the kept coders' (keep [] settles on neither), as one undoable
   * change. Answers with the consensus on each theme and what undo would do.
   */
  'agreement:settle': {
    input: z
      .object({
        sentenceId: Id,
        themeIds: z.array(Id).min(1, 'choose a theme to settle').max(1000),
        keep: z.array(CoderName).max(50),
      })
      .strict(),
    output: z.object({ consensus: z.array(z.object({ themeId: Id, present: z.boolean() })), history: HistoryState }),
  },
  /** The disagreements on a theme as Markdown for the coders' discussion: the file to download, or to show before saving. */
  'agreement:markdown': { input: DisagreementRequest, output: MarkdownFile },
  /** Shows the save dialog and writes that Markdown; null when cancelled. */
  'agreement:save-markdown': { input: DisagreementRequest, output: z.object({ path: z.string() }).nullable() },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;

/** Compile-time only: each schema describes the store's type exactly. */
type _SchemasMatchDb = [
  Holds<Same<z.output<typeof AgreementFigures>, db.AgreementFigures>>,
  Holds<Same<z.output<typeof ThemeAgreement>, db.ThemeAgreement>>,
  Holds<Same<z.output<typeof AgreementReport>, db.AgreementReport>>,
  Holds<Same<z.output<typeof Disagreement>, db.Disagreement>>,
  Holds<Same<z.output<typeof DisagreementList>, db.DisagreementList>>,
  Holds<Same<z.output<typeof AgreementCoder>, NotebookCoder>>,
  Holds<Same<z.input<typeof AgreementRequest>, db.AgreementRequest>>,
  Holds<Same<z.input<typeof DisagreementRequest>, db.DisagreementRequest>>,
  Holds<Same<z.input<(typeof agreementChannels)['agreement:settle']['input']>, db.SettleRequest>>,
];
