/**
 * Merging another coder's work: their notebook (.themata) or a REFI-QDA
 * project (.qdpx) brought into the open notebook as one step that one undo
 * takes back, and a report of what matched, was added per coder, was
 * already here, and was left out and why.
 */
import { z } from 'zod';
import type * as db from '../../db/merge/merge-report';
import { Base64 } from './imports';

export const MERGE_EXTENSIONS = ['.themata', '.qdpx'] as const;

/** Whether a file's name says it is work Themata can merge. */
export function isMergeFile(name: string): boolean {
  const lower = name.toLowerCase();
  return MERGE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

const Count = z.number().int().nonnegative();

export const MergeReport = z.object({
  file: z.string(),
  matched: z.object({ documents: Count, themes: Count }),
  added: z.object({
    documents: z.array(z.string()),
    themes: z.array(z.string()),
    tags: Count,
    notes: Count,
    doneMarks: Count,
    coders: z.array(z.object({ coder: z.string(), tags: Count, notes: Count, doneMarks: Count })),
  }),
  alreadyPresent: z.object({ tags: Count, notes: Count, doneMarks: Count }),
  leftOut: z.array(z.object({ what: z.enum(['themes', 'tags', 'notes', 'done marks']), count: Count, reason: z.string() })),
  notCarried: z.array(z.string()),
  remarks: z.array(z.string()),
  changed: z.boolean(),
});
export type MergeReport = db.MergeReport;

export const mergeChannels = {
  /** Shows the system's open dialog for another coder's notebook or project and merges it; null when cancelled. */
  'merge:choose': { input: z.object({}).strict(), output: MergeReport.nullable() },
  /** A file the page read itself (the browser, or a file dropped on the window), sent whole as base64. */
  'merge:sent': {
    input: z
      .object({
        name: z.string().min(1).max(1000).refine(isMergeFile, 'another coder’s work is a .themata notebook or a .qdpx project'),
        content: Base64,
      })
      .strict(),
    output: MergeReport,
  },
} as const;

// The schema and the store's report must describe the same value.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
export type MergeReportMatches = Holds<Same<z.output<typeof MergeReport>, db.MergeReport>>;
