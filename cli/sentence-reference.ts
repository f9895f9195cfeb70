/** DOC:N and DOC:N-M: how researchers name sentences on the command line, numbered as the app shows them. */
import type { Notebook } from '../db';
import { UsageError } from './command';

/** DOC:N or DOC:N-M, as the workspace numbers sentences. */
export function parseSentenceReference(reference: string): { documentId: number; from: number; to: number } {
  const match = /^(\d+):(\d+)(?:-(\d+))?$/.exec(reference.trim());
  if (!match) throw new UsageError(`"${reference}" is not a sentence reference; write DOC:N, e.g. 1:7 (or 1:3-5)`);
  const documentId = Number(match[1]);
  const from = Number(match[2]);
  const to = match[3] === undefined ? from : Number(match[3]);
  if (documentId < 1 || from < 1 || to < 1) throw new UsageError('documents and sentences are numbered from 1');
  return { documentId, from: Math.min(from, to), to: Math.max(from, to) };
}

/** The sentence ids a reference names, checked against the notebook in one query. */
export function sentenceIds(notebook: Notebook, reference: string): number[] {
  const { documentId, from, to } = parseSentenceReference(reference);
  return notebook.sentenceIds(documentId, from, to);
}

