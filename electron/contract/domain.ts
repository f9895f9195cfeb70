/**
 * The researcher's world as data, validated where it crosses between the
 * main process and the renderer. db/domain.ts owns the types; each schema
 * here must describe its type exactly (checked at the end of this file), and
 * the types are re-exported under the schemas' names.
 */
import { z } from 'zod';
import type * as db from '../../db/domain';
import { BACKUP_REASONS, CODER_NAME_MAX_LENGTH, CONTROL_CHARACTER, DIGITS_ONLY, DIRECTION_CONTROL, EXPORT_FORMAT_IDS, EXPORT_GROUPINGS, MATCH_PLACES } from '../../db/domain';

export { CONTROL_CHARACTER, DIGITS_ONLY, DIRECTION_CONTROL, EXPORT_FORMATS, THEME_COLOURS, THEME_KEYS } from '../../db/domain';

export const Id = z.number().int().positive();
export type Id = db.Id;

/** ISO-8601 UTC timestamp, e.g. 2026-11-25T10:00:00.000Z. */
export const Timestamp = z.string();

export const ThemeColour = z.string().regex(/^#[0-9a-f]{6}$/i, 'a colour is #rrggbb');
export const KeySlot = z.number().int().min(1).max(9);

export const ThemeName = z
  .string()
  .trim()
  .min(1, 'a theme needs a name')
  .max(120, 'a theme name is at most 120 characters')
  .refine((name) => !CONTROL_CHARACTER.test(name), 'a theme name cannot contain line breaks, tabs or other control characters')
  .refine((name) => !DIRECTION_CONTROL.test(name), 'a theme name cannot contain text-direction override or isolate characters')
  .refine((name) => !DIGITS_ONLY.test(name), 'a theme name cannot be only digits, which the command line reads as a key or id');

export const Theme = z.object({
  id: Id,
  name: z.string(),
  colour: ThemeColour,
  description: z.string(),
  /** The key 1-9 that toggles this theme (its place among the first nine in codebook order), or null. */
  key: KeySlot.nullable(),
  /** Position in the codebook as shown, sub-themes right after their parent, 0-based. */
  order: z.number().int().nonnegative(),
  parentId: Id.nullable(),
  /** 0 for a top-level theme, 1 for its sub-themes... */
  depth: z.number().int().nonnegative(),
  /** Number of sentences tagged with this theme itself. */
  tagCount: z.number().int().nonnegative(),
  /** Sentences tagged with it or any sub-theme, each once. */
  rollupCount: z.number().int().nonnegative(),
});
export type Theme = db.Theme;

/** A researcher's own variable on a document: country = Russia. */
export const DocumentAttribute = z.object({ key: z.string(), value: z.string() });
export type DocumentAttribute = db.DocumentAttribute;

const detailShape = {
  title: z.string(),
  outlet: z.string().nullable(),
  author: z.string().nullable(),
  /** YYYY-MM-DD. */
  publishedOn: z.string().nullable(),
  url: z.string().nullable(),
  language: z.string().nullable(),
  attributes: z.array(DocumentAttribute),
};

export const DocumentDetails = z.object(detailShape);
export type DocumentDetails = db.DocumentDetails;

const DetailText = z.string().max(2000).nullable();

/** Only the details given change; null or blank clears one; an attribute with a null or blank value is removed. The store checks each value. */
export const DetailsPatch = z.object({
  title: z.string().max(500).optional(),
  outlet: DetailText.optional(),
  author: DetailText.optional(),
  publishedOn: z.string().max(10).nullable().optional(),
  url: DetailText.optional(),
  language: DetailText.optional(),
  attributes: z.record(z.string().max(60), z.string().max(500).nullable()).optional(),
});
export type DetailsPatch = db.DetailsPatch;

export const DocumentFilter = z.object({
  outlet: z.string().max(500).optional(),
  author: z.string().max(500).optional(),
  language: z.string().max(500).optional(),
  publishedFrom: z.string().max(10).optional(),
  publishedTo: z.string().max(10).optional(),
  attributes: z.array(DocumentAttribute).max(50).optional(),
});
export type DocumentFilter = db.DocumentFilter;

export const MemoSubject = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('notebook') }).strict(),
  z.object({ kind: z.literal('document'), documentId: Id }).strict(),
  z.object({ kind: z.literal('theme'), themeId: Id }).strict(),
]);
export type MemoSubject = db.MemoSubject;

export const Memo = z.object({ subject: MemoSubject, body: z.string(), createdAt: Timestamp, updatedAt: Timestamp });
export type Memo = db.Memo;

export const MemoHit = z.object({
  subject: MemoSubject,
  label: z.string(),
  body: z.string(),
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export type MemoHit = db.MemoHit;

const Counted = z.number().int().nonnegative();
const DetailGroup = {
  documentCount: Counted,
  sentenceCount: Counted,
  taggedCount: Counted,
  themes: z.array(z.object({ themeId: Id, count: Counted })),
};

export const DetailStats = z.object({
  outlets: z.array(z.object({ outlet: z.string().nullable(), ...DetailGroup })),
  attributes: z.array(z.object({ key: z.string(), value: z.string(), ...DetailGroup })),
});
export type DetailStats = db.DetailStats;

export const DocumentSummary = z.object({
  id: Id,
  ...detailShape,
  sourceName: z.string().nullable(),
  importedAt: Timestamp,
  sentenceCount: z.number().int().nonnegative(),
  paragraphCount: z.number().int().nonnegative(),
  taggedCount: z.number().int().nonnegative(),
  noteCount: z.number().int().nonnegative(),
  codedBy: z.array(z.string()),
});
export type DocumentSummary = db.DocumentSummary;

export const Note = z.object({
  sentenceId: Id,
  coder: z.string(),
  body: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Note = db.Note;

export const Sentence = z.object({
  id: Id,
  documentId: Id,
  /** Position in the document, counted from 1 as the workspace shows it. */
  number: z.number().int().positive(),
  /** Paragraph index in the document, counted from 0. */
  paragraph: z.number().int().nonnegative(),
  text: z.string(),
  /** UTF-16 offsets into the document's original text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  themeIds: z.array(Id),
  tags: z.array(z.object({ themeId: Id, coder: z.string() })),
  note: Note.nullable(),
  otherNotes: z.array(Note),
});
export type Sentence = db.Sentence;

export const SentencePage = z.object({
  documentId: Id,
  total: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  sentences: z.array(Sentence),
});
export type SentencePage = db.SentencePage;

export const SearchHit = z.object({
  sentenceId: Id,
  documentId: Id,
  documentTitle: z.string(),
  sentenceNumber: z.number().int().positive(),
  text: z.string(),
  note: z.string().nullable(),
  /** Where the query matched. */
  matchedIn: z.enum(MATCH_PLACES),
  /** Matched ranges in `text` (UTF-16 offsets), for highlighting. */
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export type SearchHit = db.SearchHit;

export const ThemeCount = z.object({ themeId: Id, count: z.number().int().nonnegative() });
export type ThemeCount = db.ThemeCount;

/** A theme query: sentences with any or all of themeIds, less those with any of without. */
export const ThemeQuery = z
  .object({
    themeIds: z.array(Id).min(1, 'choose at least one theme').max(1000),
    mode: z.enum(['any', 'all']),
    without: z.array(Id).max(1000),
  })
  .strict();
export type ThemeQuery = db.ThemeQuery;

/** The documents a read works over: null for every visible document. */
export const DocumentSet = z.array(Id).max(100_000).nullable();

export const DocumentMatchCount = z.object({ documentId: Id, title: z.string(), count: z.number().int().positive() });
export type DocumentMatchCount = db.DocumentMatchCount;

export const RetrieveSummary = z.object({ total: z.number().int().nonnegative(), documents: z.array(DocumentMatchCount) });
export type RetrieveSummary = db.RetrieveSummary;

export const RetrievedSentence = z.object({
  sentenceId: Id,
  documentId: Id,
  number: z.number().int().positive(),
  text: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
  themeIds: z.array(Id),
  note: z.string().nullable(),
});
export type RetrievedSentence = db.RetrievedSentence;

export const RetrievePage = z.object({
  total: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  sentences: z.array(RetrievedSentence),
});
export type RetrievePage = db.RetrievePage;

export const NotebookStats = z.object({
  sentenceCount: z.number().int().nonnegative(),
  taggedSentenceCount: z.number().int().nonnegative(),
  tagCount: z.number().int().nonnegative(),
  noteCount: z.number().int().nonnegative(),
  themes: z.array(ThemeCount),
  themeRollups: z.array(ThemeCount),
  documents: z.array(
    z.object({
      documentId: Id,
      title: z.string(),
      sentenceCount: z.number().int().nonnegative(),
      taggedCount: z.number().int().nonnegative(),
      themes: z.array(ThemeCount),
    }),
  ),
  /** Sentences carrying both themes; each unordered pair once, a < b. */
  cooccurrence: z.array(z.object({ a: Id, b: Id, count: z.number().int().positive() })),
});
export type NotebookStats = db.NotebookStats;

export const HistoryState = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  /** What undo would reverse, in words, e.g. "Tag 2 sentences as Missile claims". */
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});
export type HistoryState = db.HistoryState;

export const DocumentCount = z.object({
  documentId: Id,
  taggedCount: z.number().int().nonnegative(),
  noteCount: z.number().int().nonnegative(),
});
export type DocumentCount = db.DocumentCount;

/** What a change did, for the page to repaint without asking again (see db's ChangeEffects). */
export const ChangeEffects = z.object({
  history: HistoryState,
  sentences: z.array(Sentence).nullable(),
  themeCounts: z.array(ThemeCount),
  rollupCounts: z.array(ThemeCount),
  documentCounts: z.array(DocumentCount),
});
export type ChangeEffects = db.ChangeEffects;

export const NotebookInfo = z.object({
  path: z.string(),
  name: z.string(),
  coder: z.string(),
  documentCount: z.number().int().nonnegative(),
  schemaVersion: z.number().int().positive(),
  /** The file or its folder cannot be written: the workspace shows it and disables every change. */
  readOnly: z.boolean(),
});
export type NotebookInfo = db.NotebookInfo;

const Count = z.number().int().nonnegative();

/** A coder's name as the page sends it; the store checks it further (db/coder-name.ts). */
export const CoderName = z.string().trim().min(1, 'a coder needs a name').max(CODER_NAME_MAX_LENGTH, `a coder’s name is at most ${CODER_NAME_MAX_LENGTH} characters`);

export const TagView = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('mine') }).strict(),
  z.object({ kind: z.literal('coder'), coder: z.string().min(1).max(CODER_NAME_MAX_LENGTH) }).strict(),
  z.object({ kind: z.literal('everyone') }).strict(),
]);
export type TagView = db.TagView;

export const NotebookCoder = z.object({ name: z.string(), tags: Count, notes: Count, codedDocuments: Count });
export type NotebookCoder = db.NotebookCoder;

export const CodersState = z.object({ current: z.string(), view: TagView, coders: z.array(NotebookCoder) });
export type CodersState = db.CodersState;

/** What salvaging a refused notebook copied into the new one, and what it left out. */
export const SalvageReport = z.object({
  source: z.string(),
  target: z.string(),
  copied: z.object({ documents: Count, sentences: Count, themes: Count, tags: Count, notes: Count, details: Count, memos: Count, historyEntries: Count }),
  /** One line each, in a researcher's words (a foreign trigger, an unreadable table). */
  leftOut: z.array(z.string()),
});
export type SalvageReport = db.SalvageReport;

/** Why a backup was made: rolling while working, before a format upgrade, before a restore replaced the notebook. */
export const BackupReason = z.enum(BACKUP_REASONS);
export type BackupReason = db.BackupReason;

export const Backup = z.object({
  path: z.string(),
  createdAt: Timestamp,
  reason: BackupReason,
  sizeBytes: z.number().int().nonnegative(),
  /** Sentences and tags in the backup's visible documents; null when the backup can no longer be read. */
  sentenceCount: z.number().int().nonnegative().nullable(),
  tagCount: z.number().int().nonnegative().nullable(),
});
export type Backup = db.Backup;

export const ExportGrouping = z.enum(EXPORT_GROUPINGS);
export type ExportGrouping = db.ExportGrouping;

export const ExportFormat = z.enum(EXPORT_FORMAT_IDS);
export type ExportFormat = db.ExportFormat;

/** True when A and B accept exactly the same values: a field added, dropped or retyped on either side makes it false. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;

/** Compile-time only: every schema above describes db's type exactly, so neither can drift from the other. */
type _SchemasMatchDb = [
  Holds<Same<z.output<typeof Theme>, db.Theme>>,
  Holds<Same<z.output<typeof DocumentSummary>, db.DocumentSummary>>,
  Holds<Same<z.output<typeof Note>, db.Note>>,
  Holds<Same<z.output<typeof Sentence>, db.Sentence>>,
  Holds<Same<z.output<typeof SentencePage>, db.SentencePage>>,
  Holds<Same<z.output<typeof SearchHit>, db.SearchHit>>,
  Holds<Same<z.output<typeof ThemeCount>, db.ThemeCount>>,
  Holds<Same<z.output<typeof ThemeQuery>, db.ThemeQuery>>,
  Holds<Same<z.output<typeof DocumentMatchCount>, db.DocumentMatchCount>>,
  Holds<Same<z.output<typeof RetrieveSummary>, db.RetrieveSummary>>,
  Holds<Same<z.output<typeof RetrievedSentence>, db.RetrievedSentence>>,
  Holds<Same<z.output<typeof RetrievePage>, db.RetrievePage>>,
  Holds<Same<z.output<typeof NotebookStats>, db.NotebookStats>>,
  Holds<Same<z.output<typeof HistoryState>, db.HistoryState>>,
  Holds<Same<z.output<typeof DocumentCount>, db.DocumentCount>>,
  Holds<Same<z.output<typeof ChangeEffects>, db.ChangeEffects>>,
  Holds<Same<z.output<typeof NotebookInfo>, db.NotebookInfo>>,
  Holds<Same<z.output<typeof TagView>, db.TagView>>,
  Holds<Same<z.output<typeof NotebookCoder>, db.NotebookCoder>>,
  Holds<Same<z.output<typeof CodersState>, db.CodersState>>,
  Holds<Same<z.output<typeof SalvageReport>, db.SalvageReport>>,
  Holds<Same<z.output<typeof BackupReason>, db.BackupReason>>,
  Holds<Same<z.output<typeof Backup>, db.Backup>>,
  Holds<Same<z.output<typeof ExportGrouping>, db.ExportGrouping>>,
  Holds<Same<z.output<typeof ExportFormat>, db.ExportFormat>>,
  Holds<Same<z.output<typeof DocumentDetails>, db.DocumentDetails>>,
  Holds<Same<z.output<typeof DetailsPatch>, db.DetailsPatch>>,
  Holds<Same<z.output<typeof DocumentFilter>, db.DocumentFilter>>,
  Holds<Same<z.output<typeof MemoSubject>, db.MemoSubject>>,
  Holds<Same<z.output<typeof Memo>, db.Memo>>,
  Holds<Same<z.output<typeof MemoHit>, db.MemoHit>>,
  Holds<Same<z.output<typeof DetailStats>, db.DetailStats>>,
];
