/** `themata stats`: counts per theme and per document, and themes sharing a sentence. */
import { type Command, expectPositionals, help, parse, plural, withNotebook } from '../command';
import { statsJson } from '../json-output';
import { printable, printableJson } from '../terminal-text';

export const statsCommand: Command = (args, io) => {
  const parsed = parse(args, { json: { type: 'boolean' } });
  if (!parsed) return help('stats', io);
  expectPositionals(parsed, 0, 0, 'no arguments');
  return withNotebook(parsed, io, (notebook) => {
    const stats = notebook.stats();
    if (parsed.values.json) {
      io.stdout(printableJson(statsJson(stats, notebook.listThemes()), 2) + '\n');
      return 0;
    }
    const names = new Map(notebook.listThemes().map((t) => [t.id, t.name]));
    io.stdout(`${plural(stats.sentenceCount, 'sentence')}, ${stats.taggedSentenceCount} tagged, ${plural(stats.tagCount, 'tag')}, ${plural(stats.noteCount, 'note')}\n\nThemes\n`);
    for (const t of stats.themes) io.stdout(`  ${String(t.count).padStart(6)}  ${printable(names.get(t.themeId) ?? '')}\n`);
    io.stdout('\nDocuments\n');
    for (const d of stats.documents) io.stdout(`  ${String(d.taggedCount).padStart(6)} of ${d.sentenceCount} tagged  ${d.documentId}: ${printable(d.title)}\n`);
    if (stats.cooccurrence.length) {
      io.stdout('\nThemes sharing a sentence\n');
      for (const c of stats.cooccurrence) io.stdout(`  ${String(c.count).padStart(6)}  ${printable(names.get(c.a) ?? '')} + ${printable(names.get(c.b) ?? '')}\n`);
    }
    return 0;
  }, { access: 'read' });
};
