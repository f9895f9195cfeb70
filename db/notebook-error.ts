import type { NotebookErrorCode } from './domain';

/**
 * A failure the researcher can understand and act on. Anything else that is
 * thrown is a bug, and is reported as "internal" without its stack.
 */
export class NotebookError extends Error {
  readonly code: NotebookErrorCode;

  constructor(code: NotebookErrorCode, message: string) {
    super(message);
    this.name = 'NotebookError';
    this.code = code;
  }
}

export function isNotebookError(error: unknown): error is NotebookError {
  return error instanceof NotebookError;
}
