/** `themata merge OTHER.themata|OTHER.qdpx`: brings another coder's work in and says what was matched, added and left out. */
import path from 'node:path';
import type { MergeReport } from '../../db/merge/merge-report';
import { readIncomingWork } from '../../db/merge/read-incoming';
import { type Command, expectPositionals, help, parse, plural, withNotebook } from '../command';
import { printable, printableJson } from '../terminal-text';

export const mergeCommand: Command = async (args, io) => {
  const parsed = parse(args, { json: { type: 'boolean' } });
  if (!parsed) return help('merge', io);
  const [file] = expectPositionals(parsed, 1, 1, 'one file: another coder\'s notebook (.themata) or REFI-QDA project (.qdpx)');
  // Read and checked before this notebook is opened: a file that cannot be merged changes nothing.
  const incoming = await readIncomingWork(file!);
  return withNotebook(parsed, io, async (notebook) => {
    const report = await notebook.merge(file!, incoming);
    io.stdout(parsed.values.json ? `${printableJson(report, 2)}\n` : describeMerge(report));
    return 0;
  });
};

const list = (names: string[]) => (names.length ? ` (${names.map((n) => `“${printable(n)}”`).join(', ')})` : '');

export function describeMerge(report: MergeReport): string {
  const name = printable(path.basename(report.file));
  const present = `${plural(report.alreadyPresent.tags, 'tag')}, ${plural(report.alreadyPresent.notes, 'note')}, ${plural(report.alreadyPresent.doneMarks, 'done mark')}`;
  const lines = report.changed
    ? [
        `Merged ${name}.`,
        `Matched: ${plural(report.matched.documents, 'document')} and ${plural(report.matched.themes, 'theme')} already in this notebook.`,
        `Added: ${plural(report.added.documents.length, 'document')}${list(report.added.documents)}, ${plural(report.added.themes.length, 'theme')}${list(report.added.themes)}, `
          + `${plural(report.added.tags, 'tag')}, ${plural(report.added.notes, 'note')}, ${plural(report.added.doneMarks, 'done mark')}.`,
        ...report.added.coders.map((c) => `  ${printable(c.coder)}: ${plural(c.tags, 'tag')}, ${plural(c.notes, 'note')}, ${plural(c.doneMarks, 'done mark')}`),
        `Already present: ${present}.`,
      ]
    : [`Nothing to merge from ${name}: everything it holds is already in this notebook (${present}).`];
  const section = (title: string, entries: string[]) => (entries.length ? [title, ...entries.map((e) => `  - ${e}`)] : []);
  lines.push(
    ...section('Left out:', report.leftOut.map((l) => `${plural(l.count, l.what === 'done marks' ? 'done mark' : l.what.replace(/s$/, ''))}: ${printable(l.reason)}`)),
    ...section('Not carried over:', report.notCarried.map(printable)),
    ...section('Worth knowing:', report.remarks.map(printable)),
  );
  return `${lines.join('\n')}\n`;
}
