/**
 * Renders an export snapshot as one Markdown file for Obsidian or any
 * CommonMark reader: YAML front matter, a section per theme or per document,
 * each tagged sentence as a blockquote carrying its block id, then where it
 * comes from, its themes as tags and its note. A pure function of its input:
 * the same snapshot gives the same bytes.
 */
import type { ExportGrouping } from '../domain';
import { NotebookError } from '../notebook-error';
import { emphasize, escapeBlock, escapeInline } from './commonmark-escape';
import { blockId, themeTags } from './obsidian';
import type { ExportSnapshot, SnapshotDocument, SnapshotSentence, SnapshotTheme } from './snapshot';
import { yamlString } from './yaml-string';

export interface MarkdownOptions {
  by: ExportGrouping;
  /** Only these themes; all when omitted. */
  themeIds?: number[];
  includeNotes: boolean;
}

/** What the file holds, already filtered and in the order it is written. */
interface ExportPlan {
  /** Selected themes, in codebook order. */
  themes: SnapshotTheme[];
  themeCount: number;
  /** Every document, in import order. */
  documents: SnapshotDocument[];
  /** Sentences with a selected theme, in document then sentence order; theme ids in codebook order. */
  sentences: SnapshotSentence[];
  tags: Map<number, string>;
  titles: Map<number, string>;
}

export function renderMarkdown(snapshot: ExportSnapshot, options: MarkdownOptions): string {
  const plan = planExport(snapshot, options);
  const sections = options.by === 'document' ? byDocument(plan, options) : byTheme(plan, options);
  const blocks = [frontMatter(snapshot, plan, options), heading(1, snapshot.notebookName), summary(plan, options), ...sections];
  return `${blocks.join('\n\n')}\n`;
}

function planExport(snapshot: ExportSnapshot, options: MarkdownOptions): ExportPlan {
  // Sorted here rather than trusted, so the output never depends on input order.
  const allThemes = [...snapshot.themes].sort((a, b) => a.order - b.order || a.id - b.id);
  const themeRank = new Map(allThemes.map((theme, i) => [theme.id, i]));
  // Document ids grow with each import, so id order is import order.
  const documents = [...snapshot.documents].sort((a, b) => a.id - b.id);
  const documentRank = new Map(documents.map((doc, i) => [doc.id, i]));
  const themes = selectThemes(allThemes, options.themeIds);
  const selected = new Set(themes.map((theme) => theme.id));

  const ranked = snapshot.taggedSentences.map((sentence) => {
    const docRank = documentRank.get(sentence.documentId);
    if (docRank === undefined) throw new Error(`Export snapshot: sentence ${sentence.sentenceId} has no document ${sentence.documentId}.`);
    const themeIds = [...new Set(sentence.themeIds)]
      .map((id) => {
        const rank = themeRank.get(id);
        if (rank === undefined) throw new Error(`Export snapshot: sentence ${sentence.sentenceId} has no theme ${id}.`);
        return { id, rank };
      })
      .sort((a, b) => a.rank - b.rank)
      .map((theme) => theme.id);
    return { docRank, sentence: { ...sentence, themeIds } };
  });
  const sentences = ranked
    .filter(({ sentence }) => sentence.themeIds.some((id) => selected.has(id)))
    .sort((a, b) => a.docRank - b.docRank || a.sentence.number - b.sentence.number || a.sentence.sentenceId - b.sentence.sentenceId)
    .map(({ sentence }) => sentence);

  return {
    themes,
    themeCount: allThemes.length,
    documents,
    sentences,
    tags: themeTags(allThemes),
    titles: new Map(documents.map((doc) => [doc.id, doc.title.trim() === '' ? `Document ${doc.id}` : doc.title])),
  };
}

function selectThemes(all: SnapshotTheme[], themeIds: number[] | undefined): SnapshotTheme[] {
  if (themeIds === undefined) return all;
  if (themeIds.length === 0) throw new NotebookError('invalid-input', 'Choose at least one theme to export.');
  const known = new Set(all.map((theme) => theme.id));
  const missing = themeIds.filter((id) => !known.has(id)).sort((a, b) => a - b);
  if (missing[0] !== undefined) throw new NotebookError('not-found', `There is no theme ${missing[0]} in this notebook.`);
  const wanted = new Set(themeIds);
  return all.filter((theme) => wanted.has(theme.id));
}

function frontMatter(snapshot: ExportSnapshot, plan: ExportPlan, options: MarkdownOptions): string {
  const counts = groupBy(plan.sentences, (sentence) => sentence.themeIds);
  const themes = plan.themes.flatMap((theme) => [
    `  - name: ${yamlString(theme.name)}`,
    `    tag: ${yamlString(tagOf(plan, theme.id))}`,
    `    sentences: ${counts.get(theme.id)?.length ?? 0}`,
  ]);
  return [
    '---',
    `notebook: ${yamlString(snapshot.notebookName)}`,
    `exported-at: ${yamlString(snapshot.exportedAt)}`,
    `grouped-by: ${yamlString(options.by)}`,
    `includes-notes: ${options.includeNotes}`,
    ...(themes.length > 0 ? ['themes:', ...themes] : ['themes: []']),
    '---',
  ].join('\n');
}

function summary(plan: ExportPlan, options: MarkdownOptions): string {
  const documents = new Set(plan.sentences.map((sentence) => sentence.documentId)).size;
  const what =
    plan.sentences.length === 0
      ? 'No tagged sentences.'
      : `${countPhrase(plan.sentences.length)} from ${plural(documents, 'document')}, grouped by ${options.by}.`;
  const filtered = plan.themes.length < plan.themeCount ? ` Themes exported: ${plan.themes.length} of ${plan.themeCount}.` : '';
  return what + filtered;
}

function byTheme(plan: ExportPlan, options: MarkdownOptions): string[] {
  const withBlockId = firstOccurrences();
  const byThemeId = groupBy(plan.sentences, (sentence) => sentence.themeIds);
  return plan.themes.flatMap((theme) => {
    const sentences = byThemeId.get(theme.id) ?? [];
    const description = tidy(theme.description);
    return [
      heading(2, theme.name),
      ...(description === '' ? [] : [escapeBlock(description).join('\n')]),
      `${countPhrase(sentences.length)} · #${tagOf(plan, theme.id)}`,
      ...sentences.flatMap((sentence) => {
        const others = sentence.themeIds.filter((id) => id !== theme.id);
        const title = emphasize(titleOf(plan, sentence.documentId));
        const also = others.length > 0 ? ` · also ${hashtags(plan, others)}` : '';
        return entry(sentence, `— ${title}, sentence ${sentence.number}${also}`, withBlockId(sentence), options);
      }),
    ];
  });
}

function byDocument(plan: ExportPlan, options: MarkdownOptions): string[] {
  const withBlockId = firstOccurrences();
  const byDocumentId = groupBy(plan.sentences, (sentence) => [sentence.documentId]);
  return plan.documents.flatMap((doc) => {
    const sentences = byDocumentId.get(doc.id) ?? [];
    const source = doc.sourceName === null || doc.sourceName === '' ? '' : ` · source: ${escapeInline(doc.sourceName)}`;
    return [
      heading(2, titleOf(plan, doc.id)),
      `${countPhrase(sentences.length)}${source}`,
      ...sentences.flatMap((sentence) =>
        entry(sentence, `— sentence ${sentence.number} · ${hashtags(plan, sentence.themeIds)}`, withBlockId(sentence), options),
      ),
    ];
  });
}

/** One sentence: the quote, the line that places it, and its note. */
function entry(sentence: SnapshotSentence, attribution: string, withBlockId: boolean, options: MarkdownOptions): string[] {
  const lines = escapeBlock(sentence.text);
  const last = lines.length - 1;
  // Obsidian takes a block id from the end of the block's last line.
  const id = ` ^${blockId(sentence.documentId, sentence.number)}`;
  const quote = lines.map((line, i) => `>${line === '' ? '' : ' '}${line}${withBlockId && i === last ? id : ''}`).join('\n');
  const note = options.includeNotes ? tidy(sentence.note ?? '') : '';
  if (note === '') return [quote, attribution];
  const [first = '', ...rest] = escapeBlock(note);
  return [quote, attribution, [`*Note:* ${first}`, ...rest].join('\n')];
}

/**
 * A sentence quoted under several themes gets its block id once, where it is
 * first written: Obsidian needs block ids unique within a file.
 */
function firstOccurrences(): (sentence: SnapshotSentence) => boolean {
  const seen = new Set<number>();
  return (sentence) => {
    if (seen.has(sentence.sentenceId)) return false;
    seen.add(sentence.sentenceId);
    return true;
  };
}

/**
 * Drops blank lines around a note or description and trailing whitespace, the
 * residue of typing; indentation of the first line and everything inside stay.
 */
function tidy(text: string): string {
  return text.replace(/^\s*\n/, '').trimEnd();
}

/** Sentences under each key, in sentence order; read by key only, never iterated. */
function groupBy(sentences: SnapshotSentence[], keysOf: (sentence: SnapshotSentence) => number[]): Map<number, SnapshotSentence[]> {
  const groups = new Map<number, SnapshotSentence[]>();
  for (const sentence of sentences) {
    for (const key of keysOf(sentence)) {
      const group = groups.get(key);
      if (group) group.push(sentence);
      else groups.set(key, [sentence]);
    }
  }
  return groups;
}

function heading(depth: number, text: string): string {
  const marker = '#'.repeat(depth);
  return text === '' ? marker : `${marker} ${escapeInline(text)}`;
}

function hashtags(plan: ExportPlan, themeIds: number[]): string {
  return themeIds.map((id) => `#${tagOf(plan, id)}`).join(' ');
}

function tagOf(plan: ExportPlan, themeId: number): string {
  return plan.tags.get(themeId) ?? `theme/theme-${themeId}`;
}

function titleOf(plan: ExportPlan, documentId: number): string {
  return plan.titles.get(documentId) ?? `Document ${documentId}`;
}

function countPhrase(count: number): string {
  return count === 0 ? 'No tagged sentences' : plural(count, 'tagged sentence');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
