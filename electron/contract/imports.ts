/**
 * An import of many files, as the page follows it: the import runs in the
 * app's process while the page asks for what changed (imports:progress), so
 * every step passes the validating wrapper, a reloaded page finds the import
 * again, and the browser bridge carries it as it carries any call.
 */
import { z } from 'zod';
import { Id } from './domain';

const Index = z.number().int().nonnegative();

/**
 * The kinds of file an import reads, by extension (db/import/article-file.ts
 * has a reader for each): the dialog's filter, the page's file input and
 * folders dropped on the window offer these.
 */
export const IMPORTED_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.pdf', '.docx'] as const;

/** The largest file an import reads (db/text-file.ts MAX_IMPORT_BYTES), and what its bytes take in base64. */
export const MAX_SENT_FILE_BYTES = 20 * 1024 * 1024;
const MAX_SENT_BASE64 = Math.ceil((MAX_SENT_FILE_BYTES + 1) / 3) * 4;
/** Files sent in one call at most; the page sends fewer, and less than a few megabytes at a time. */
export const MAX_SENT_PER_CALL = 100;
/** More files than a study's corpus holds, fewer than would make one answer too large to read. */
export const MAX_IMPORT_FILES = 20_000;

const FileBase = { index: Index, name: z.string() };

/** One file of an import, and what has become of it. */
export const ImportFileProgress = z.discriminatedUnion('state', [
  z.object({ ...FileBase, state: z.literal('waiting') }),
  z.object({ ...FileBase, state: z.literal('importing') }),
  z.object({
    ...FileBase,
    state: z.literal('imported'),
    document: z.object({ id: Id, title: z.string(), sentenceCount: Index }),
  }),
  /** The same text is a document of the notebook already (or an earlier file of this import): offered, not imported. */
  z.object({ ...FileBase, state: z.literal('duplicate'), sameAs: z.object({ id: Id, title: z.string() }) }),
  /** The file cannot be imported; `reason` says why in one sentence. */
  z.object({ ...FileBase, state: z.literal('refused'), reason: z.string() }),
  /** Not imported: the import was cancelled (or stopped) before this file. */
  z.object({ ...FileBase, state: z.literal('skipped') }),
]);
export type ImportFileProgress = z.infer<typeof ImportFileProgress>;
export type ImportFileState = ImportFileProgress['state'];

export const ImportStatus = z.enum(['running', 'finished', 'cancelled', 'failed']);
export type ImportStatus = z.infer<typeof ImportStatus>;

export const ImportProgress = z.object({
  jobId: z.string(),
  /** Grows with every change; ask for changes since the version last seen. */
  version: Index,
  status: ImportStatus,
  /** A cancel was asked for: the import stops after the file it is reading. */
  stopping: z.boolean(),
  /** Why the import stopped early, in one sentence (a full disk); null otherwise. */
  failure: z.string().nullable(),
  total: Index,
  /** The files changed since the version asked for (every file, from 0), in the import's order. */
  files: z.array(ImportFileProgress),
});
export type ImportProgress = z.infer<typeof ImportProgress>;

const JobId = z.string().min(1).max(100);

/** A file's bytes in base64; checked with one plain pattern, which reads 20 MB several times faster than zod's own. */
export const Base64 = z
  .string()
  .max(MAX_SENT_BASE64, 'a file is at most 20 MB')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'a file is sent as base64')
  .refine((text) => text.length % 4 === 0, 'a file is sent as base64');

export const importChannels = {
  /** Shows the system's open dialog for articles (IMPORTED_EXTENSIONS), or for a folder, and starts importing what was chosen; null when cancelled. */
  'imports:choose': { input: z.object({ kind: z.enum(['files', 'folder']) }).strict(), output: ImportProgress.nullable() },
  /**
   * Starts an import of files the page sends itself (the browser, and files
   * dropped on the window): their names (a path inside a chosen folder) and
   * sizes now, their bytes a few files at a time with imports:send-files. Files that
   * cannot be imported are refused at once, and are not to be sent.
   */
  'imports:start-sending': {
    input: z
      .object({
        files: z
          .array(z.object({ name: z.string().min(1).max(1000), size: Index }).strict())
          .min(1, 'an import needs at least one file')
          .max(MAX_IMPORT_FILES, `Themata imports at most ${MAX_IMPORT_FILES.toLocaleString('en')} files at once`),
      })
      .strict(),
    output: ImportProgress,
  },
  /**
   * Files' bytes, in base64, in the import's order: several small files per
   * call, so they arrive (and are committed) together. Answers once the import
   * has room for them; `more` is false when it wants no more files (cancelled).
   */
  'imports:send-files': {
    input: z
      .object({
        jobId: JobId,
        files: z
          .array(z.object({ index: Index, content: Base64 }).strict())
          .min(1)
          .max(MAX_SENT_PER_CALL)
          .refine((files) => files.reduce((sum, file) => sum + file.content.length, 0) <= MAX_SENT_BASE64, 'the files of one call are at most 20 MB together'),
      })
      .strict(),
    output: z.object({ more: z.boolean() }),
  },
  /** The import under way, or the last one, as a reloaded page finds it again; null when there has been none. */
  'imports:current': { input: z.object({}).strict(), output: ImportProgress.nullable() },
  /** What changed since `since`; waits up to a second for a change while the import runs. */
  'imports:progress': { input: z.object({ jobId: JobId, since: Index }).strict(), output: ImportProgress },
  /** Stops after the file being read: every file is imported whole or not at all. */
  'imports:cancel': { input: z.object({ jobId: JobId }).strict(), output: z.object({}) },
  /** Imports the chosen duplicates of a finished import after all: the researcher asked for a second copy. */
  'imports:import-anyway': {
    input: z.object({ jobId: JobId, files: z.array(Index).min(1).max(MAX_IMPORT_FILES) }).strict(),
    output: ImportProgress,
  },
} as const;
