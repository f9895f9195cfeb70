/** `themata salvage`: copy what Themata understands from a refused notebook into a new one. */
import { defaultCoder } from '../../db';
import { salvageNotebook } from '../../db/salvage';
import { type Command, expectPositionals, help, parse, plural, str, UsageError } from '../command';
import { printable } from '../terminal-text';

export const salvageCommand: Command = (args, io) => {
  const parsed = parse(args, { output: { type: 'string', short: 'o' } });
  if (!parsed) return help('salvage', io);
  const [source] = expectPositionals(parsed, 1, 1, 'the FILE to salvage');
  const output = str(parsed.values.output);
  if (!output) throw new UsageError('name the new notebook with -o NEW.themata');
  const report = salvageNotebook(source!, output, { coder: str(parsed.values.coder) ?? defaultCoder(io.env) });
  const { copied } = report;
  io.stdout(
    printable(
      `Salvaged into ${report.target}: ${plural(copied.documents, 'document')}, ${plural(copied.sentences, 'sentence')}, ` +
        `${plural(copied.themes, 'theme')}, ${plural(copied.tags, 'tag')}, ${plural(copied.notes, 'note')}, ` +
        (copied.details > 0 ? `${plural(copied.details, 'document detail')}, ` : '') +
        (copied.memos > 0 ? `${plural(copied.memos, 'memo')}, ` : '') +
        `${plural(copied.historyEntries, 'history entry')}`.replace('entrys', 'entries'),
    ) + '\n',
  );
  if (report.leftOut.length) {
    io.stdout('Left out:\n');
    for (const line of report.leftOut) io.stdout(`  ${printable(line)}\n`);
  }
  return 0;
};
