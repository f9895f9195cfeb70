/**
 * Error codes a call can fail with. They travel inside the result envelope, so
 * the renderer and the CLI can react to the kind of failure, and the message is
 * one sentence a researcher can act on.
 */
import { z } from 'zod';

export const ErrorCode = z.enum([
  'invalid-input',
  'not-found',
  'conflict',
  'not-a-notebook',
  'newer-notebook',
  /** The file holds tables, triggers or views Themata did not create. */
  'untrusted-notebook',
  /** SQLite found the file damaged. */
  'notebook-damaged',
  /** An older notebook format that must be backed up before it is upgraded. */
  'needs-upgrade',
  /** A backup could not be made or failed its check; the notebook itself is unchanged. */
  'backup-failed',
  'read-only',
  'disk-full',
  'disk-error',
  'notebook-busy',
  'file-missing',
  'file-is-directory',
  'file-unreadable',
  'file-empty',
  'file-too-large',
  'file-binary',
  'invalid-utf8',
  'file-exists',
  'nothing-to-undo',
  'nothing-to-redo',
  'untrusted-sender',
  'unknown-channel',
  'unauthorized',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorInfo = z.object({
  code: ErrorCode,
  message: z.string(),
  /** The notebook an open refused (untrusted or damaged), so the page can offer to salvage it. */
  path: z.string().optional(),
});
export type ErrorInfo = z.infer<typeof ErrorInfo>;
