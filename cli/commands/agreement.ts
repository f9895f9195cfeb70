/**
 * `themata agreement`: how far coders agree, per theme, over the sentences of
 * the documents they all marked as coded; `agreement disagreements`: where
 * they differ on one theme; `themata consensus`: settle a sentence.
 */
import { CONSENSUS_CODER, formatFigure, readFigure, type AgreementReport, type DisagreementList, type Notebook } from '../../db';
import { type Command, expectPositionals, help, parse, plural, str, UsageError, withNotebook, type Parsed } from '../command';
import { parseSentenceReference } from '../sentence-reference';
import { printable, printableJson } from '../terminal-text';

const COMPARE_OPTIONS = {
  coders: { type: 'string' },
  theme: { type: 'string', multiple: true },
  all: { type: 'boolean' },
  json: { type: 'boolean' },
  markdown: { type: 'boolean' },
} as const;

/** --coders A,B,C as names; undefined when not given. */
function codersOf(parsed: Parsed): string[] | undefined {
  const value = str(parsed.values.coders);
  if (value === undefined) return undefined;
  const names = value.split(',').map((name) => name.trim()).filter((name) => name !== '');
  if (names.length < 2) throw new UsageError('--coders takes two or more names separated by commas, such as --coders ana,ben');
  return names;
}

function themeReferences(parsed: Parsed): string[] {
  return (parsed.values.theme as string[] | undefined) ?? [];
}

function nameList(names: readonly string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export const agreementCommand: Command = (args, io) => {
  const parsed = parse(args, COMPARE_OPTIONS);
  if (!parsed) return help('agreement', io);
  if (parsed.positionals[0] === 'disagreements') return disagreements(parsed, io);
  if (parsed.positionals.length > 0) throw new UsageError(`"agreement ${parsed.positionals[0]}" is not an agreement action; use "agreement disagreements --theme THEME"`);
  if (parsed.values.markdown) throw new UsageError('--markdown goes with "agreement disagreements --theme THEME"');
  const coders = codersOf(parsed);
  return withNotebook(parsed, io, (notebook) => {
    const themeIds = themeReferences(parsed).map((reference) => notebook.findTheme(reference).id);
    const report = notebook.agreement({ ...(coders ? { coders } : {}), ...(themeIds.length ? { themeIds } : {}), all: parsed.values.all === true });
    io.stdout(parsed.values.json ? printableJson(report, 2) + '\n' : agreementTable(report));
    return 0;
  }, { access: 'read' });
};

function cut(text: string, width: number): string {
  const chars = [...text];
  return chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : text;
}

/** A figure and its reading, as one cell: "0.612 substantial". */
function cell(figure: 'cohensKappa' | 'krippendorffsAlpha', value: number | null, coders: number, units: number): string {
  const reading = readFigure(figure, value, { coders, units });
  return value === null ? '—' : `${reading.shown} ${reading.label}`;
}

/** The report as a table for people: one row per theme, sub-themes indented, then the overall figures. */
export function agreementTable(report: AgreementReport): string {
  const coders = report.coders.length;
  const over = report.all ? `${plural(report.documents, 'document')} (every document)` : `${plural(report.documents, 'document')} marked as coded by ${coders === 2 ? 'both' : 'all'}`;
  const lines = [`Agreement between ${printable(nameList(report.coders))} over ${plural(report.sentences, 'sentence')} of ${over}`, ''];
  const label = (name: string, depth: number) => cut(`${'  '.repeat(depth)}${printable(name)}`, 40);
  const width = Math.max(5, 'Overall (pooled)'.length, ...report.themes.map((t) => [...label(t.name, t.depth)].length));
  const row = (name: string, units: string, percent: string, kappa: string, alpha: string, differ: string) =>
    `${name.padEnd(width)}  ${units.padStart(9)}  ${percent.padStart(9)}  ${kappa.padEnd(20)}  ${alpha.padEnd(18)}  ${differ}`.trimEnd();
  lines.push(row('Theme', 'Sentences', 'Agreement', "Cohen's κ", "Krippendorff's α", 'Differ'));
  for (const t of report.themes) {
    lines.push(
      row(label(t.name, t.depth), String(t.units), formatFigure('percentAgreement', t.percentAgreement), cell('cohensKappa', t.cohensKappa, coders, t.units), cell('krippendorffsAlpha', t.krippendorffsAlpha, coders, t.units), String(t.disagreements)),
    );
  }
  const { overall } = report;
  lines.push(
    row('Overall (pooled)', String(overall.units), formatFigure('percentAgreement', overall.percentAgreement), cell('cohensKappa', overall.cohensKappa, coders, overall.units), cell('krippendorffsAlpha', overall.krippendorffsAlpha, coders, overall.units), ''),
    row('Overall (mean)', '', formatFigure('percentAgreement', overall.mean.percentAgreement), cell('cohensKappa', overall.mean.cohensKappa, coders, overall.units), cell('krippendorffsAlpha', overall.mean.krippendorffsAlpha, coders, overall.units), ''),
    '',
    coders === 2
      ? "κ read by Landis & Koch's bands; α: 0.800 and above reliable, from 0.667 tentative conclusions only, below that not reliable."
      : "κ compares two coders only; α: 0.800 and above reliable, from 0.667 tentative conclusions only, below that not reliable.",
  );
  const undefinedFigure = [...report.themes, overall].some((t) => t.percentAgreement === null || t.krippendorffsAlpha === null || (coders === 2 && t.cohensKappa === null));
  if (undefinedFigure) lines.push('— marks a figure that is undefined: every coder judged every sentence the same way, so there is no variation to measure.');
  if (report.themes.some((t) => t.disagreements > 0)) lines.push('"themata agreement disagreements --theme THEME" lists the sentences where the coders differ.');
  return lines.join('\n') + '\n';
}

function disagreements(parsed: Parsed, io: Parameters<Command>[1]): Promise<number> {
  expectPositionals(parsed, 1, 1, 'no arguments after "disagreements"');
  const [reference, ...more] = themeReferences(parsed);
  if (reference === undefined) throw new UsageError('name the theme: agreement disagreements --theme THEME');
  if (more.length > 0) throw new UsageError('disagreements are listed for one theme at a time');
  if (parsed.values.json && parsed.values.markdown) throw new UsageError('choose --json or --markdown, not both');
  const coders = codersOf(parsed);
  return withNotebook(parsed, io, (notebook) => {
    const request = { themeId: notebook.findTheme(reference).id, ...(coders ? { coders } : {}), all: parsed.values.all === true };
    if (parsed.values.markdown) io.stdout(notebook.disagreementsMarkdown(request).text);
    else if (parsed.values.json) io.stdout(printableJson(notebook.disagreements(request), 2) + '\n');
    else io.stdout(disagreementLines(notebook.disagreements(request)));
    return 0;
  }, { access: 'read' });
}

/** Each disagreement as a few lines: where, the sentence, each coder's answer and note, the consensus. */
export function disagreementLines(list: DisagreementList): string {
  const theme = printable(list.theme.name);
  const lines = [
    `${theme}: ${printable(nameList(list.coders))} differ on ${plural(list.disagreements.length, 'sentence')} of ${list.units} compared`,
  ];
  for (const d of list.disagreements) {
    lines.push('', `${d.documentId}:${d.sentenceNumber}  ${printable(d.documentTitle)}`, `  ${printable(d.text)}`);
    for (const j of d.judgements) lines.push(`  ${printable(j.coder)}: ${j.present ? 'present' : 'absent'}${j.note === null ? '' : ` (note: ${printable(cut(j.note, 80))})`}`);
    lines.push(`  ${CONSENSUS_CODER}: ${d.consensus === null ? 'not settled' : d.consensus ? 'present' : 'absent'}`);
  }
  if (list.disagreements.some((d) => d.consensus === null)) {
    lines.push('', `Settle one with "themata consensus DOC:N --theme ${/^[\w-]+$/.test(list.theme.name) ? theme : `"${theme}"`} --keep CODER" (or --keep none).`);
  }
  return lines.join('\n') + '\n';
}

export const consensusCommand: Command = (args, io) => {
  const parsed = parse(args, { theme: { type: 'string', multiple: true }, keep: { type: 'string' } });
  if (!parsed) return help('consensus', io);
  const [reference] = expectPositionals(parsed, 1, 1, 'DOC:N');
  const { documentId, from, to } = parseSentenceReference(reference!);
  if (from !== to) throw new UsageError('a consensus is settled one sentence at a time, not a range');
  const themes = themeReferences(parsed);
  if (themes.length === 0) throw new UsageError('name the theme to settle: --theme THEME (repeatable)');
  const keepValue = str(parsed.values.keep);
  if (keepValue === undefined) throw new UsageError('say whose answer to keep: --keep CODER, --keep A,B for both, or --keep none');
  const none = keepValue.trim().toLowerCase() === 'none';
  const keep = none ? [] : keepValue.split(',').map((name) => name.trim()).filter((name) => name !== '');
  if (!none && keep.length === 0) throw new UsageError('--keep takes coder names separated by commas, or none');
  return withNotebook(parsed, io, (notebook: Notebook) => {
    const themeIds = themes.map((name) => notebook.findTheme(name).id);
    const names = new Map(notebook.listThemes().map((t) => [t.id, t.name]));
    const outcome = notebook.settle({ sentenceId: notebook.sentenceId(documentId, from), themeIds, keep });
    const kept = keep.length === 0 ? 'neither' : nameList(keep.map((name) => `${name}'s`));
    const result = outcome.map((o) => `"${names.get(o.themeId) ?? ''}" ${o.present ? 'present' : 'absent'}`).join(', ');
    io.stdout(printable(`Settled ${reference!.trim()}, keeping ${kept}: ${result} for ${CONSENSUS_CODER}`) + '\n');
    return 0;
  });
};
