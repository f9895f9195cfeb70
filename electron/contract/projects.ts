/**
 * Importing a REFI-QDA project (.qdpx) or codebook (.qdc) written by another
 * tool (NVivo, ATLAS.ti, MAXQDA, QualCoder) or another Themata: one step that
 * one undo takes back, and a report of what was added and what the notebook
 * cannot hold.
 */
import { z } from 'zod';
import type * as db from '../../db/exchange/refi-import';
import { Base64 } from './imports';

export const PROJECT_EXTENSIONS = ['.qdpx', '.qdc'] as const;

/** Whether a file's name says it is a REFI-QDA project or codebook. */
export function isProjectFile(name: string): boolean {
  const lower = name.toLowerCase();
  return PROJECT_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

const Count = z.number().int().nonnegative();

export const ProjectImportReport = z.object({
  documents: Count,
  documentsMatched: Count,
  themes: Count,
  themesMatched: Count,
  tags: Count,
  notes: Count,
  memos: Count,
  documentsWithDetails: Count,
  coders: z.array(z.string()),
  selections: Count,
  selectionsOffSentenceBoundaries: Count,
  notRepresented: z.array(z.string()),
});
export type ProjectImportReport = db.RefiImportReport;

/** The report as the page shows it: the file's name with what it added. */
export const ProjectImport = z.object({ fileName: z.string(), report: ProjectImportReport });
export type ProjectImport = z.infer<typeof ProjectImport>;

export const projectChannels = {
  /** Shows the system's open dialog for a .qdpx or .qdc file and imports it; null when cancelled. */
  'projects:choose': { input: z.object({}).strict(), output: ProjectImport.nullable() },
  /** A project the page read itself (the browser, or a file dropped on the window), sent whole as base64. */
  'projects:import-sent': {
    input: z
      .object({
        name: z.string().min(1).max(1000).refine(isProjectFile, 'a project is a .qdpx or .qdc file'),
        content: Base64,
      })
      .strict(),
    output: ProjectImport,
  },
} as const;

// The schema and the store's report must describe the same value.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
export type ProjectReportMatches = Holds<Same<z.output<typeof ProjectImportReport>, db.RefiImportReport>>;
