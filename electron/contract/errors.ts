/**
 * Error codes a call can fail with. They travel inside the result envelope, so
 * the renderer and the CLI can react to the kind of failure, and the message is
 * one sentence a researcher can act on.
 */
import { z } from 'zod';
import { NOTEBOOK_ERROR_CODES } from '../../db/domain';

/** Failures of the call itself rather than of the notebook: who sent it, what it named, or a bug. */
const CALL_ERROR_CODES = ['untrusted-sender', 'unknown-channel', 'unauthorized', 'internal'] as const;

/** What a NotebookError says (db owns those), and what the call can fail with around it. */
export const ErrorCode = z.enum([...NOTEBOOK_ERROR_CODES, ...CALL_ERROR_CODES]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorInfo = z.object({
  code: ErrorCode,
  message: z.string(),
  /** The notebook an open refused (untrusted or damaged), so the page can offer to salvage it. */
  path: z.string().optional(),
});
export type ErrorInfo = z.infer<typeof ErrorInfo>;
