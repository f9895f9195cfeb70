/**
 * Text from a notebook or a file, made safe to print to a terminal. A terminal
 * acts on control characters instead of showing them (ESC starts a sequence
 * that can recolour, move the cursor or retitle the window; CR returns over a
 * line), and direction overrides reorder what follows them, so printed as they
 * are, a title could hide or fake what a researcher reads.
 */
import { CONTROL_CHARACTER, DIRECTION_CONTROL } from '../db/domain';

const UNSAFE = new RegExp(`${CONTROL_CHARACTER.source}|${DIRECTION_CONTROL.source}`, 'g');
/** What JSON.stringify leaves raw: DEL, C1 controls and direction controls (it escapes only C0). */
const RAW_IN_JSON = new RegExp(`[\\u007f-\\u009f]|${DIRECTION_CONTROL.source}`, 'g');

/**
 * Shows each control character instead of letting it act: C0 controls as their
 * Unicode control pictures (ESC as ␛, a line break as ␊, a tab as ␉), and DEL,
 * C1 controls and direction overrides and isolates as <U+XXXX>.
 */
export function printable(text: string): string {
  return text.replace(UNSAFE, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : `<U+${hex(code)}>`;
  });
}

/**
 * JSON for a terminal or a script: the same value as JSON.stringify, with the
 * characters it leaves raw written as \uXXXX escapes. They can only occur
 * inside strings, so the escape is always valid JSON.
 */
export function printableJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(RAW_IN_JSON, (char) => `\\u${hex(char.charCodeAt(0)).toLowerCase()}`);
}

function hex(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}
