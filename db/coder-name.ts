import { CODER_NAME_MAX_LENGTH, CONTROL_CHARACTER } from './domain';
import { NotebookError } from './notebook-error';

/** A coder's name as stored: trimmed, never blank, one line, short enough for a chip. */
export function checkCoderName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new NotebookError('invalid-input', 'A coder needs a name.');
  if (CONTROL_CHARACTER.test(trimmed)) throw new NotebookError('invalid-input', 'A coder’s name is one line of text, without control characters.');
  if (trimmed.length > CODER_NAME_MAX_LENGTH) {
    throw new NotebookError('invalid-input', `A coder’s name is at most ${CODER_NAME_MAX_LENGTH} characters.`);
  }
  return trimmed;
}
