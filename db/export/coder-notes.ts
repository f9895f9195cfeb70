/**
 * A sentence's notes as one export field: a lone note as written; notes of
 * several coders each under its coder's name, so the discussion can tell
 * whose thought is whose.
 */
export function notesText(notes: readonly { coder: string; body: string }[]): string | null {
  const written = notes.filter((note) => note.body.trim() !== '');
  if (written.length === 0) return null;
  if (written.length === 1) return written[0]!.body;
  return written.map((note) => `${note.coder}: ${note.body}`).join('\n\n');
}

/** [sentence id, coder, body] triples, in sentence order, as one map from sentence to its notes' text. */
export function notesBySentence(triples: readonly [number, string, string][]): Map<number, string> {
  const grouped = new Map<number, { coder: string; body: string }[]>();
  for (const [sentenceId, coder, body] of triples) {
    const list = grouped.get(sentenceId);
    if (list) list.push({ coder, body });
    else grouped.set(sentenceId, [{ coder, body }]);
  }
  const texts = new Map<number, string>();
  for (const [sentenceId, notes] of grouped) {
    const text = notesText(notes);
    if (text !== null) texts.set(sentenceId, text);
  }
  return texts;
}
