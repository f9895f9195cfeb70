/**
 * Renders an export snapshot as one Markdown file for Obsidian or any
 * CommonMark reader: YAML front matter, a section per theme or per document,
 * each tagged sentence as a blockquote carrying its block id, then where it
 * comes from, its themes as tags and its note (the researcher's Markdown, in a
 * callout). With notes, sentences that carry a note but no theme are quoted
 * too: in their place by document, or in a last section by theme. A pure
 * function of its input: the same snapshot gives the same bytes.
 */
import type { ExportGrouping } from '../domain';
import { NotebookError } from '../notebook-error';
import { ByteSink } from './byte-sink';
import { emphasize, escapeBlock, escapeInline } from './commonmark-escape';
import { noteCallout } from './note-callout';
import { blockId, codebookOrder, themeTags } from './obsidian';
import type { ExportSnapshot, SnapshotDetails, SnapshotDocument, SnapshotSentence, SnapshotTheme } from './snapshot';
import { yamlString } from './yaml-string';

export interface MarkdownOptions {
  by: ExportGrouping;
  /** Only these themes; all when omitted. */
  themeIds?: number[];
  /** Only these documents; every visible one when omitted. */
  documentIds?: number[];
  includeNotes: boolean;
  /**
   * With includeNotes, also the sentences that carry a note but no theme.
   * When omitted: yes when every theme is exported, as those notes belong to none.
   */
  includeUntaggedNotes?: boolean;
  /** One coder's tags and notes alone (the consensus coder's, say); every coder's when omitted. */
  coder?: string;
}

/** An export's input: a snapshot's fields, with its tagged sentences possibly read as they are written. */
export interface ExportSource extends Omit<ExportSnapshot, 'taggedSentences'> {
  /**
   * Sentences of visible documents with a tag or a note, in document (import)
   * order, then sentence order, each with its theme ids in codebook order
   * (none for a note on an untagged sentence). Read once.
   */
  taggedSentences: Iterable<SnapshotSentence>;
}

/** The codebook and documents an export is written against, already filtered and ordered. */
interface ExportPlan {
  /** Selected themes, in codebook order (each parent followed by its sub-themes). */
  themes: SnapshotTheme[];
  /** A selected theme's heading level: 2, one more for each selected theme above it, at most 6. */
  headingLevel: Map<number, number>;
  themeCount: number;
  /** Every document, in import order. */
  documents: SnapshotDocument[];
  themeRank: Map<number, number>;
  documentRank: Map<number, number>;
  selected: Set<number>;
  tags: Map<number, string>;
  titles: Map<number, string>;
  emphasized: Map<number, string>;
  /** Memo bodies: the notebook's, and by document and theme id. */
  notebookMemo: string;
  documentMemos: Map<number, string>;
  themeMemos: Map<number, string>;
}

/** A section's entries, as UTF-8, how many tagged sentences they quote, and how many notes on untagged ones. */
interface Section {
  entries: ByteSink;
  sentences: number;
  untaggedNotes: number;
}

/** The section key of notes on untagged sentences, by theme: no theme or document id is 0. */
const UNTAGGED = 0;

/** The whole export as one string: for previews and tests; a file is written chunk by chunk from markdownChunks. */
export function renderMarkdown(snapshot: ExportSnapshot, options: MarkdownOptions): string {
  return Buffer.concat(markdownChunks(inOrder(snapshot), options)).toString('utf8');
}

/**
 * The export as UTF-8 chunks to write in order, from one pass over the tagged
 * sentences: each sentence is rendered into every section it belongs to as it
 * arrives, and the counts the front matter states are tallied on the way.
 */
export function markdownChunks(source: ExportSource, options: MarkdownOptions): Buffer[] {
  const plan = planExport(source, options);
  const sections = new Map<number, Section>();
  const sectionOf = (key: number, untagged = false) => {
    let section = sections.get(key);
    if (!section) sections.set(key, (section = { entries: new ByteSink(), sentences: 0, untaggedNotes: 0 }));
    if (untagged) section.untaggedNotes += 1;
    else section.sentences += 1;
    return section.entries;
  };
  // Notes on untagged sentences belong to no theme: by default exported with the notes, unless only some themes are.
  const untaggedNotes = options.includeNotes && (options.includeUntaggedNotes ?? options.themeIds === undefined);
  let untaggedCount = 0;
  const perTheme = new Map<number, number>();
  const documents = new Set<number>();
  let sentences = 0;
  let last: { docRank: number; number: number } | null = null;
  for (const sentence of source.taggedSentences) {
    const docRank = plan.documentRank.get(sentence.documentId);
    if (docRank === undefined) throw new Error(`Export: sentence ${sentence.sentenceId} has no document ${sentence.documentId}.`);
    if (last && (docRank < last.docRank || (docRank === last.docRank && sentence.number <= last.number))) {
      throw new Error(`Export: sentence ${sentence.sentenceId} arrived out of document order.`);
    }
    last = { docRank, number: sentence.number };
    for (const id of sentence.themeIds) {
      if (!plan.themeRank.has(id)) throw new Error(`Export: sentence ${sentence.sentenceId} has no theme ${id}.`);
    }
    if (sentence.themeIds.length === 0) {
      if (!untaggedNotes || tidy(sentence.note ?? '') === '') continue;
      untaggedCount += 1;
      if (options.by === 'document') entry(sectionOf(sentence.documentId, true), sentence, `— sentence ${sentence.number} · no theme`, true, options);
      else entry(sectionOf(UNTAGGED, true), sentence, `— ${emphasizedTitle(plan, sentence.documentId)}, sentence ${sentence.number}`, true, options);
      continue;
    }
    const themeIds = sentence.themeIds.filter((id) => plan.selected.has(id));
    if (themeIds.length === 0) continue;
    sentences += 1;
    documents.add(sentence.documentId);
    for (const id of themeIds) perTheme.set(id, (perTheme.get(id) ?? 0) + 1);
    if (options.by === 'document') {
      entry(sectionOf(sentence.documentId), sentence, `— sentence ${sentence.number} · ${hashtags(plan, sentence.themeIds)}`, true, options);
      continue;
    }
    const title = emphasizedTitle(plan, sentence.documentId);
    themeIds.forEach((themeId, i) => {
      const others = sentence.themeIds.filter((id) => id !== themeId);
      const also = others.length > 0 ? ` · also ${hashtags(plan, others)}` : '';
      // A sentence quoted under several themes carries its block id once, in the first of
      // those sections the file holds: Obsidian needs block ids unique within a file.
      entry(sectionOf(themeId), sentence, `— ${title}, sentence ${sentence.number}${also}`, i === 0, options);
    });
  }

  const chunks: Buffer[] = [];
  let head = `${frontMatter(source, plan, perTheme, options)}\n\n${heading(1, source.notebookName)}\n\n${summary(plan, sentences, documents.size, options, untaggedCount)}${memo(plan.notebookMemo)}`;
  const write = (title: string, section: Section | undefined, rest: string, memoBody = '') => {
    const notes = section && section.untaggedNotes > 0 ? ` · ${notesPhrase(section.untaggedNotes)} on untagged sentences` : '';
    head += `\n\n${title}\n\n${countPhrase(section?.sentences ?? 0)}${notes}${rest}${memo(memoBody)}`;
    if (!section) return;
    chunks.push(Buffer.from(head, 'utf8'), ...section.entries.chunks());
    head = '';
  };
  if (options.by === 'document') {
    for (const doc of plan.documents) {
      const origin = doc.sourceName === null || doc.sourceName === '' ? '' : ` · source: ${escapeInline(doc.sourceName)}`;
      const details = detailsLine(doc.details);
      const title = heading(2, titleOf(plan, doc.id)) + (details === '' ? '' : `\n\n${escapeBlock(details).join('\n')}`);
      write(title, sections.get(doc.id), origin, plan.documentMemos.get(doc.id));
    }
  } else {
    for (const theme of plan.themes) {
      const description = tidy(theme.description);
      const title = heading(plan.headingLevel.get(theme.id) ?? 2, theme.name) + (description === '' ? '' : `\n\n${escapeBlock(description).join('\n')}`);
      write(title, sections.get(theme.id), ` · #${tagOf(plan, theme.id)}`, plan.themeMemos.get(theme.id));
    }
    const untagged = sections.get(UNTAGGED);
    if (untagged) {
      chunks.push(Buffer.from(`${head}\n\n${heading(2, 'Notes on untagged sentences')}\n\n${notesPhrase(untagged.untaggedNotes)} on sentences without a theme`, 'utf8'), ...untagged.entries.chunks());
      head = '';
    }
  }
  chunks.push(Buffer.from(`${head}\n`, 'utf8'));
  return chunks;
}

/** A snapshot's sentences sorted rather than trusted, so the output never depends on the order they were given in. */
function inOrder(snapshot: ExportSnapshot): ExportSource {
  const themeRank = new Map(codebookOrder(snapshot.themes).map((theme, i) => [theme.id, i]));
  const rankOf = (sentence: SnapshotSentence, themeId: number) => {
    const rank = themeRank.get(themeId);
    if (rank === undefined) throw new Error(`Export snapshot: sentence ${sentence.sentenceId} has no theme ${themeId}.`);
    return rank;
  };
  const taggedSentences = snapshot.taggedSentences
    .map((sentence) => ({ ...sentence, themeIds: [...new Set(sentence.themeIds)].sort((a, b) => rankOf(sentence, a) - rankOf(sentence, b)) }))
    // Document ids grow with each import, so id order is import order.
    .sort((a, b) => a.documentId - b.documentId || a.number - b.number || a.sentenceId - b.sentenceId);
  return { ...snapshot, taggedSentences };
}

/** A document's title in italics, escaped once per document rather than once per quoted sentence. */
function emphasizedTitle(plan: ExportPlan, documentId: number): string {
  let title = plan.emphasized.get(documentId);
  if (title === undefined) plan.emphasized.set(documentId, (title = emphasize(titleOf(plan, documentId))));
  return title;
}

function planExport(source: ExportSource, options: MarkdownOptions): ExportPlan {
  const allThemes = codebookOrder(source.themes);
  const documents = [...source.documents].sort((a, b) => a.id - b.id);
  const themes = selectThemes(allThemes, options.themeIds);
  const selected = new Set(themes.map((theme) => theme.id));
  const parentOf = new Map(allThemes.map((theme) => [theme.id, theme.parentId]));
  const headingLevel = new Map<number, number>();
  for (const theme of themes) {
    // Nested under the nearest selected theme above it; a sub-theme exported without its parent heads its own section.
    let level = 2;
    const seen = new Set([theme.id]);
    for (let up = theme.parentId; up !== null && up !== undefined && !seen.has(up); up = parentOf.get(up) ?? null) {
      seen.add(up);
      if (selected.has(up)) level += 1;
    }
    headingLevel.set(theme.id, Math.min(level, 6));
  }
  return {
    themes,
    headingLevel,
    themeCount: allThemes.length,
    documents,
    themeRank: new Map(allThemes.map((theme, i) => [theme.id, i])),
    documentRank: new Map(documents.map((doc, i) => [doc.id, i])),
    selected,
    tags: themeTags(allThemes),
    titles: new Map(documents.map((doc) => [doc.id, doc.title.trim() === '' ? `Document ${doc.id}` : doc.title])),
    emphasized: new Map(),
    ...memosOf(source),
  };
}

function memosOf(source: ExportSource): Pick<ExportPlan, 'notebookMemo' | 'documentMemos' | 'themeMemos'> {
  const plan = { notebookMemo: '', documentMemos: new Map<number, string>(), themeMemos: new Map<number, string>() };
  for (const memo of source.memos ?? []) {
    if (memo.documentId !== null) plan.documentMemos.set(memo.documentId, memo.body);
    else if (memo.themeId !== null) plan.themeMemos.set(memo.themeId, memo.body);
    else plan.notebookMemo = memo.body;
  }
  return plan;
}

/**
 * A document's details on one line, as its section shows them under its
 * heading: outlet · date · by author · language: en · URL · key: value.
 */
export function detailsLine(details: SnapshotDetails | undefined): string {
  if (!details) return '';
  return [
    details.outlet,
    details.publishedOn,
    details.author === null ? null : `by ${details.author}`,
    details.language === null ? null : `language: ${details.language}`,
    details.url,
    ...details.attributes.map((a) => `${a.key}: ${a.value}`),
  ]
    .filter((part): part is string => part !== null && part.trim() !== '')
    .join(' · ');
}

/** A memo as its own paragraph after what it is about, literal like a note; nothing for a blank one. */
function memo(body: string): string {
  const text = tidy(body);
  if (text === '') return '';
  const [first = '', ...rest] = escapeBlock(text);
  return `\n\n${[`*Memo:* ${first}`, ...rest].join('\n')}`;
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

function frontMatter(source: ExportSource, plan: ExportPlan, perTheme: Map<number, number>, options: MarkdownOptions): string {
  const names = new Map(source.themes.map((theme) => [theme.id, theme.name]));
  const themes = plan.themes.flatMap((theme) => [
    `  - name: ${yamlString(theme.name)}`,
    ...(theme.parentId !== null && names.has(theme.parentId) ? [`    parent: ${yamlString(names.get(theme.parentId)!)}`] : []),
    `    tag: ${yamlString(tagOf(plan, theme.id))}`,
    `    sentences: ${perTheme.get(theme.id) ?? 0}`,
  ]);
  return [
    '---',
    `notebook: ${yamlString(source.notebookName)}`,
    `exported-at: ${yamlString(source.exportedAt)}`,
    `grouped-by: ${yamlString(options.by)}`,
    `includes-notes: ${options.includeNotes}`,
    ...(themes.length > 0 ? ['themes:', ...themes] : ['themes: []']),
    ...documentsFrontMatter(plan.documents, plan),
    '---',
  ].join('\n');
}

/**
 * Every document with its details, once any document has some (an export of
 * a notebook without details stays as it was): Obsidian and scripts read them here.
 */
function documentsFrontMatter(documents: SnapshotDocument[], plan: ExportPlan): string[] {
  if (!documents.some((doc) => detailsLine(doc.details) !== '')) return [];
  const lines = ['documents:'];
  for (const doc of documents) {
    lines.push(`  - title: ${yamlString(titleOf(plan, doc.id))}`);
    const details = doc.details;
    if (!details) continue;
    const fields: [string, string | null][] = [
      ['outlet', details.outlet], ['author', details.author], ['published', details.publishedOn], ['url', details.url], ['language', details.language],
    ];
    for (const [name, value] of fields) if (value !== null) lines.push(`    ${name}: ${yamlString(value)}`);
    if (details.attributes.length > 0) {
      lines.push('    attributes:');
      for (const attribute of details.attributes) lines.push(`      ${yamlString(attribute.key)}: ${yamlString(attribute.value)}`);
    }
  }
  return lines;
}

function summary(plan: ExportPlan, sentences: number, documents: number, options: MarkdownOptions, untaggedNotes: number): string {
  const what =
    sentences === 0 ? 'No tagged sentences.' : `${countPhrase(sentences)} from ${plural(documents, 'document')}, grouped by ${options.by}.`;
  const notes = untaggedNotes > 0 ? ` With ${notesPhrase(untaggedNotes)} on untagged sentences.` : '';
  const filtered = plan.themes.length < plan.themeCount ? ` Themes exported: ${plan.themes.length} of ${plan.themeCount}.` : '';
  return what + notes + filtered;
}

/** One sentence, appended to its section as one chunk: the quote, the line that places it, and its note, each after a blank line. */
function entry(section: ByteSink, sentence: SnapshotSentence, attribution: string, withBlockId: boolean, options: MarkdownOptions): void {
  const lines = escapeBlock(sentence.text);
  const last = lines.length - 1;
  // Obsidian takes a block id from the end of the block's last line.
  const id = withBlockId ? ` ^${blockId(sentence.documentId, sentence.number)}` : '';
  let quote = '\n\n';
  for (let i = 0; i <= last; i += 1) {
    const line = lines[i]!;
    quote += `${i > 0 ? '\n' : ''}>${line === '' ? '' : ' '}${line}${i === last ? id : ''}`;
  }
  const note = options.includeNotes ? tidy(sentence.note ?? '') : '';
  if (note === '') {
    section.append(`${quote}\n\n${attribution}`);
    return;
  }
  section.append(`${quote}\n\n${attribution}\n\n${noteCallout(note)}`);
}

/**
 * Drops blank lines around a note or description and trailing whitespace, the
 * residue of typing; indentation of the first line and everything inside stay.
 */
function tidy(text: string): string {
  return text.replace(/^\s*\n/, '').trimEnd();
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

function notesPhrase(count: number): string {
  return plural(count, 'note');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
