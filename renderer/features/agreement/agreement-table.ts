/**
 * The Agreement view's pure parts: how the per-theme table sorts, and what a
 * settled disagreement and each way of settling it mean, in the researcher's
 * words. No React, no notebook: the view and its actions use these.
 */
import type { AgreementColumn, AgreementSort, SortDirection } from '../../state/workspace-state';

/** A row of the table as sorting sees it: a theme's figures (null where a figure is undefined). */
export interface SortableTheme {
  units: number;
  percentAgreement: number | null;
  cohensKappa: number | null;
  krippendorffsAlpha: number | null;
  disagreements: number;
}

/** The table as the codebook orders it (nested themes under their parent), as the report lists it. */
export const CODEBOOK_ORDER: AgreementSort = { column: 'theme', direction: 'ascending' };

/**
 * Sorts the themes by a column; ties, and the theme column itself, keep the
 * codebook's order. An undefined figure (—) goes last either way: it is no
 * answer, neither the best nor the worst.
 */
export function sortThemes<T extends SortableTheme>(themes: readonly T[], sort: AgreementSort): T[] {
  const indexed = themes.map((theme, index) => ({ theme, index }));
  const sign = sort.direction === 'ascending' ? 1 : -1;
  if (sort.column === 'theme') return indexed.sort((a, b) => sign * (a.index - b.index)).map((entry) => entry.theme);
  const column = sort.column;
  indexed.sort((a, b) => {
    const x = a.theme[column];
    const y = b.theme[column];
    if (x === null || y === null) {
      if (x === y) return a.index - b.index;
      return x === null ? 1 : -1;
    }
    return sign * (x - y) || a.index - b.index;
  });
  return indexed.map((entry) => entry.theme);
}

/**
 * The sort after a click on a column's heading: the same column turns round;
 * a new one starts where it helps most: the weakest agreement first, the most
 * disagreements and units first, the codebook from its top.
 */
export function nextSort(current: AgreementSort, column: AgreementColumn): AgreementSort {
  if (current.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: column === 'disagreements' || column === 'units' ? 'descending' : 'ascending' };
}

/** The aria-sort of a column's heading. */
export function ariaSort(sort: AgreementSort, column: AgreementColumn): SortDirection | 'none' {
  return sort.column === column ? sort.direction : 'none';
}

/** One coder's answer on the theme for a sentence. */
export interface Judged {
  coder: string;
  present: boolean;
}

/** One way of settling a disagreement: the coders whose answer is kept ([] keeps neither). */
export interface KeepOption {
  label: string;
  keep: string[];
  /** Whether the consensus holds the theme once settled this way. */
  present: boolean;
}

/**
 * The ways to settle a sentence: keep one coder's answer (each coder), both
 * (every coder's: the theme is kept if any of them tagged it), or neither.
 */
export function keepOptions(judgements: readonly Judged[]): KeepOption[] {
  const coders = judgements.map((j) => j.coder);
  const anyPresent = judgements.some((j) => j.present);
  return [
    ...judgements.map((j) => ({ label: `Keep ${j.coder}’s`, keep: [j.coder], present: j.present })),
    { label: coders.length === 2 ? 'Both' : 'Everyone’s', keep: coders, present: anyPresent },
    { label: 'Neither', keep: [], present: false },
  ];
}

/** What a settled sentence holds, and whose answer that was; null while it is not settled. */
export interface Settled {
  present: boolean;
  /** The compared coders who answered as the consensus does. */
  alike: string[];
}

export function settledAs(judgements: readonly Judged[], consensus: boolean | null): Settled | null {
  if (consensus === null) return null;
  return { present: consensus, alike: judgements.filter((j) => j.present === consensus).map((j) => j.coder) };
}

/** "ana", "ana and ben", "ana, ben and cy". */
export function nameList(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The settled state in words: "Settled: tagged, as ana had it". */
export function settledPhrase(settled: Settled, theme: string): string {
  const what = settled.present ? `tagged ${theme}` : `not tagged ${theme}`;
  if (settled.alike.length === 0) return `Settled: ${what}`;
  return `Settled: ${what}, as ${nameList(settled.alike)} had it`;
}

/**
 * The coders compared by default: every coder who marked documents as coded
 * (with every document compared, every coder who tagged), the consensus left out.
 */
export function defaultCoders(coders: readonly { name: string; tags: number; codedDocuments: number }[], all: boolean, consensus: string): string[] {
  return coders.filter((c) => c.name !== consensus && (c.codedDocuments > 0 || (all && c.tags > 0))).map((c) => c.name);
}
