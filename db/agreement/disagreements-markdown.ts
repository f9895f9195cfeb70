/**
 * The disagreements on a theme as Markdown, for the coders' discussion: each
 * sentence in its context, what each coder answered and noted, and where the
 * consensus stands. Researcher text is escaped, so nothing in a sentence or a
 * note can change the document around it.
 */
import { CONTROL_CHARACTER } from '../domain';
import { escapeBlock, escapeInline } from '../export/commonmark-escape';
import { noteCallout } from '../export/note-callout';
import type { Disagreement, DisagreementList, ThemeAgreement } from './domain';
import { CONSENSUS_CODER } from './domain';
import { formatFigure } from './readings';

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

function coderList(coders: readonly string[]): string {
  const names = coders.map(escapeInline);
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function consensusLine(disagreement: Disagreement, theme: string): string {
  if (disagreement.consensus === null) return `${CONSENSUS_CODER}: not settled yet.`;
  return `${CONSENSUS_CODER}: settled, ${escapeInline(theme)} ${disagreement.consensus ? 'present' : 'absent'}.`;
}

function section(disagreement: Disagreement, index: number, theme: string): string {
  const lines = [`## ${index + 1}. ${escapeInline(disagreement.documentTitle)}, sentence ${disagreement.sentenceNumber}`, ''];
  // The sentence quoted, its neighbours around it for context.
  if (disagreement.before !== null) lines.push(`Before: ${escapeInline(disagreement.before)}`, '');
  lines.push(...escapeBlock(disagreement.text).map((line) => `> ${line}`), '');
  if (disagreement.after !== null) lines.push(`After: ${escapeInline(disagreement.after)}`, '');
  for (const judgement of disagreement.judgements) {
    lines.push(`- **${escapeInline(judgement.coder)}**: ${judgement.present ? 'present' : 'absent'}${judgement.note === null ? '' : ', with a note:'}`);
    if (judgement.note !== null) lines.push('', ...noteCallout(judgement.note.trim()).split('\n').map((line) => `  ${line}`), '');
  }
  lines.push('', consensusLine(disagreement, theme), '');
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}

/** The whole file; `figures` (the theme's row of the agreement report) adds a line with the three figures. */
export function disagreementsMarkdown(list: DisagreementList, notebookName: string, figures?: ThemeAgreement): string {
  const theme = list.theme.name;
  const head = [
    `# ${escapeInline(theme)}: where ${coderList(list.coders)} differ`,
    '',
    `Notebook ${escapeInline(notebookName)}. ${plural(list.units, 'sentence')} compared, from ${plural(list.documents, 'document')} ${list.all ? '(every document)' : 'every compared coder marked as coded'}; the coders differ on ${plural(list.disagreements.length, 'sentence')}.`,
  ];
  if (figures) {
    head.push(
      '',
      `Percent agreement ${formatFigure('percentAgreement', figures.percentAgreement)}, Cohen's κ ${formatFigure('cohensKappa', figures.cohensKappa)}, Krippendorff's α ${formatFigure('krippendorffsAlpha', figures.krippendorffsAlpha)}.`,
    );
  }
  if (list.disagreements.length === 0) head.push('', 'The coders judged every sentence alike: there is nothing to discuss.');
  return [head.join('\n'), ...list.disagreements.map((d, i) => section(d, i, theme))].join('\n\n').trimEnd() + '\n';
}

/** What the file is offered as: "Study – Claims disagreements.md", with what a file name cannot hold replaced. */
export function disagreementsFileName(notebookName: string, themeName: string): string {
  const unsafe = new RegExp(`[\\\\/:*?"<>|]|${CONTROL_CHARACTER.source}`, 'g');
  const name = `${notebookName} – ${themeName} disagreements`.replace(unsafe, '-').replace(/^[.\s]+/, '');
  return `${name}.md`;
}
