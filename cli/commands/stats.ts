/** `themata stats`: counts per theme and per document, and themes sharing a sentence. */
import { type Command, expectPositionals, help, parse, plural, withNotebook } from '../command';
import { DOCUMENT_FILTER_OPTIONS, documentFilterOf, documentsPicked } from '../document-filter-options';
import { statsJson } from '../json-output';
import { printable, printableJson } from '../terminal-text';

export const statsCommand: Command = (args, io) => {
  const parsed = parse(args, { json: { type: 'boolean' }, ...DOCUMENT_FILTER_OPTIONS });
  if (!parsed) return help('stats', io);
  expectPositionals(parsed, 0, 0, 'no arguments');
  const filter = documentFilterOf(parsed);
  return withNotebook(parsed, io, (notebook) => {
    const set = documentsPicked(notebook, filter);
    const stats = notebook.stats(set);
    const details = notebook.detailStats(set);
    if (parsed.values.json) {
      io.stdout(printableJson(statsJson(stats, notebook.listThemes(), details), 2) + '\n');
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
    const themeCounts = (themes: { themeId: number; count: number }[]) =>
      themes.map((t) => `${printable(names.get(t.themeId) ?? '')} ${t.count}`).join(', ');
    // Only when some document has an outlet: a notebook without details has nothing to compare.
    if (details.outlets.some((o) => o.outlet !== null)) {
      io.stdout('\nOutlets (tagged sentences per theme)\n');
      for (const o of details.outlets) {
        io.stdout(`  ${String(o.taggedCount).padStart(6)} of ${o.sentenceCount} tagged  ${o.outlet === null ? '(no outlet)' : printable(o.outlet)}, ${plural(o.documentCount, 'document')}${o.themes.length ? `: ${themeCounts(o.themes)}` : ''}\n`);
      }
    }
    if (details.attributes.length) {
      io.stdout('\nAttributes (tagged sentences per theme)\n');
      for (const a of details.attributes) {
        io.stdout(`  ${String(a.taggedCount).padStart(6)} of ${a.sentenceCount} tagged  ${printable(a.key)}=${printable(a.value)}, ${plural(a.documentCount, 'document')}${a.themes.length ? `: ${themeCounts(a.themes)}` : ''}\n`);
      }
    }
    return 0;
  }, { access: 'read' });
};
