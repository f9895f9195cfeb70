/** "Go to sentence": what the researcher typed, read as a sentence number of the open document. */

export type SentenceNumberInput = { number: number } | { problem: string };

/**
 * Accepts digits, with the grouping a number is often copied with
 * ("12,345", "12 345", "12.345") and an optional "#" in front.
 */
export function parseSentenceNumber(text: string, total: number): SentenceNumberInput {
  const typed = text.trim().replace(/^#\s*/, '').replace(/[\s\u00a0\u202f'’_]/g, '');
  const digits = /^\d{1,3}([,.]\d{3})+$/.test(typed) ? typed.replace(/[,.]/g, '') : typed;
  const range = `from 1 to ${total.toLocaleString('en')}`;
  if (!/^\d+$/.test(digits)) return { problem: `Type a sentence number, ${range}.` };
  const number = Number(digits);
  if (number < 1 || number > total) {
    return { problem: `This document has ${total === 1 ? '1 sentence' : `${total.toLocaleString('en')} sentences`}: type a number ${range}.` };
  }
  return { number };
}
