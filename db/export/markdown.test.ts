import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { NotebookError } from '../notebook-error';
import { detailsLine, renderMarkdown, type MarkdownOptions } from './markdown';
import { NASTY, nastyText, nodeTypes, textOf } from './markdown-test-support';
import { themeTags } from './obsidian';
import type { ExportSnapshot, SnapshotMemo, SnapshotSentence, SnapshotTheme } from './snapshot';

function theme(id: number, name: string, description = '', order = id - 1): SnapshotTheme {
  return { id, name, colour: '#d55e00', description, key: null, order, parentId: null };
}

function sentence(documentId: number, number: number, text: string, themeIds: number[], note: string | null = null): SnapshotSentence {
  return { sentenceId: documentId * 1000 + number, documentId, number, text, themeIds, note };
}

const SAMPLE: ExportSnapshot = {
  notebookName: 'Syria study',
  exportedAt: '2026-11-25T10:00:00.000Z',
  themes: [
    theme(1, 'Missile claims', 'Claims about missiles fired, hitting or intercepted.'),
    theme(2, 'Civilian-casualty assertions'),
    theme(3, 'Turkey trade threats'),
    theme(4, 'Deconfliction talks'),
  ],
  documents: [
    { id: 1, title: 'Syria report', sourceName: 'syria.txt' },
    { id: 2, title: 'Follow-up', sourceName: null },
  ],
  taggedSentences: [
    sentence(1, 6, 'The Pentagon said all 59 missiles hit their targets.', [1], "Carter's framing.\nCompare sentence 7."),
    sentence(1, 7, 'Moscow said only 23 reached the base.', [1, 4]),
    sentence(2, 2, 'Talks on the hotline were suspended.', [4], 'Check the transcript.'),
  ],
};

const BY_THEME: MarkdownOptions = { by: 'theme', includeNotes: true };
const BY_DOCUMENT: MarkdownOptions = { by: 'document', includeNotes: true };

/** Splits off the front matter, which CommonMark would read as a break and a heading. */
function split(markdown: string): { frontMatter: string[]; body: Root } {
  expect(markdown.startsWith('---\n')).toBe(true);
  const end = markdown.indexOf('\n---\n', 3);
  expect(end).toBeGreaterThan(0);
  return { frontMatter: markdown.slice(4, end).split('\n'), body: fromMarkdown(markdown.slice(end + 5)) };
}

interface Block {
  type: string;
  text: unknown;
}

/** A note's callout: a blockquote opening with [!note]. Inside it is the researcher's own Markdown. */
function isNote(node: Nodes): boolean {
  if (node.type !== 'blockquote') return false;
  const first = node.children[0];
  return first?.type === 'paragraph' && first.children[0]?.type === 'text' && first.children[0].value.startsWith('[!note]');
}

/** Each top-level block as its kind (h1, h2, paragraph, blockquote, note) and its text (a note's is its own). */
function blocksOf(body: Root): Block[] {
  return body.children.map((node) =>
    isNote(node) ? { type: 'note', text: 'note' } : { type: node.type === 'heading' ? `h${node.depth}` : node.type, text: textOf(node) },
  );
}

function emphasisTexts(node: Nodes): string[] {
  if (node.type === 'emphasis') return [textOf(node)];
  if (isNote(node)) return [];
  return 'children' in node ? node.children.flatMap(emphasisTexts) : [];
}

/** Notes and descriptions lose the blank lines before them and the whitespace after them. */
function tidied(text: string): string {
  return text.replace(/^\s*\n/, '').trimEnd();
}

/**
 * What a reader of the parsed export must find, block by block, worked out from
 * the snapshot independently of the renderer: the file's structure, and every
 * piece of researcher text exactly as it was typed.
 */
function expectedExport(snapshot: ExportSnapshot, options: MarkdownOptions): { blocks: Block[]; emphasis: string[] } {
  const tags = themeTags(snapshot.themes);
  // Each parent followed by its sub-themes, siblings by their order.
  const byOrder = [...snapshot.themes].sort((a, b) => a.order - b.order || a.id - b.id);
  const known = new Set(byOrder.map((t) => t.id));
  const codebook: SnapshotTheme[] = [];
  const visit = (parent: number | null): void => {
    for (const t of byOrder.filter((t) => (t.parentId !== null && known.has(t.parentId) ? t.parentId : null) === parent)) {
      codebook.push(t);
      visit(t.id);
    }
  };
  visit(null);
  const rank = (id: number): number => codebook.findIndex((t) => t.id === id);
  const themes = codebook.filter((t) => options.themeIds === undefined || options.themeIds.includes(t.id));
  const documents = [...snapshot.documents].sort((a, b) => a.id - b.id);
  const ordered = snapshot.taggedSentences
    .map((s) => ({ ...s, themeIds: [...s.themeIds].sort((a, b) => rank(a) - rank(b)) }))
    .sort((a, b) => a.documentId - b.documentId || a.number - b.number);
  const sentences = ordered.filter((s) => s.themeIds.some((id) => themes.some((t) => t.id === id)));
  // Notes on untagged sentences go with the notes, when every theme is exported.
  const withUntagged = options.includeNotes && (options.includeUntaggedNotes ?? options.themeIds === undefined);
  const untagged = ordered.filter((s) => s.themeIds.length === 0 && withUntagged && tidied(s.note ?? '') !== '');
  const notes = (n: number): string => (n === 0 ? '' : ` · ${n} note${n === 1 ? '' : 's'} on untagged sentences`);
  const title = (id: number): string => {
    const text = documents.find((d) => d.id === id)?.title ?? '';
    return text.trim() === '' ? `Document ${id}` : text;
  };
  const hashtag = (id: number): string => `#${tags.get(id)}`;
  const count = (n: number): string => (n === 0 ? 'No tagged sentences' : `${n} tagged sentence${n === 1 ? '' : 's'}`);
  const quoted = new Set<number>();
  const blocks: Block[] = [{ type: 'h1', text: snapshot.notebookName }, { type: 'paragraph', text: expect.any(String) }];
  const emphasis: string[] = [];
  const memoOf = (documentId: number | null, themeId: number | null): void => {
    const body = tidied(snapshot.memos?.find((m) => m.documentId === documentId && m.themeId === themeId)?.body ?? '');
    if (body === '') return;
    blocks.push({ type: 'paragraph', text: `Memo: ${body}` });
    emphasis.push('Memo:');
  };
  memoOf(null, null);
  const entry = (s: SnapshotSentence, attribution: string): void => {
    const id = `^s${s.documentId}-${s.number}`;
    const first = !quoted.has(s.sentenceId);
    quoted.add(s.sentenceId);
    blocks.push({ type: 'blockquote', text: first ? (s.text === '' ? id : `${s.text} ${id}`) : s.text });
    blocks.push({ type: 'paragraph', text: attribution });
    const note = options.includeNotes ? tidied(s.note ?? '') : '';
    if (note !== '') blocks.push({ type: 'note', text: 'note' });
  };
  if (options.by === 'theme') {
    for (const t of themes) {
      const inTheme = sentences.filter((s) => s.themeIds.includes(t.id));
      let level = 2;
      for (let up = t.parentId; up !== null; up = codebook.find((c) => c.id === up)?.parentId ?? null) {
        if (themes.some((selected) => selected.id === up)) level += 1;
      }
      blocks.push({ type: `h${Math.min(level, 6)}`, text: t.name });
      if (tidied(t.description) !== '') blocks.push({ type: 'paragraph', text: tidied(t.description) });
      blocks.push({ type: 'paragraph', text: `${count(inTheme.length)} · ${hashtag(t.id)}` });
      memoOf(null, t.id);
      for (const s of inTheme) {
        const others = s.themeIds.filter((id) => id !== t.id);
        // Italics need a title with no vertical tab at its ends (see emphasize).
        if (!/^\v|\v$/.test(title(s.documentId))) emphasis.push(title(s.documentId));
        entry(s, `— ${title(s.documentId)}, sentence ${s.number}${others.length > 0 ? ` · also ${others.map(hashtag).join(' ')}` : ''}`);
      }
    }
    if (untagged.length > 0) {
      blocks.push({ type: 'h2', text: 'Notes on untagged sentences' });
      blocks.push({ type: 'paragraph', text: `${untagged.length} note${untagged.length === 1 ? '' : 's'} on sentences without a theme` });
      for (const s of untagged) {
        if (!/^\v|\v$/.test(title(s.documentId))) emphasis.push(title(s.documentId));
        entry(s, `— ${title(s.documentId)}, sentence ${s.number}`);
      }
    }
  } else {
    for (const d of documents) {
      const inDocument = sentences.filter((s) => s.documentId === d.id);
      const notesIn = untagged.filter((s) => s.documentId === d.id);
      blocks.push({ type: 'h2', text: title(d.id) });
      // Researcher text in the details line stays literal, as in a heading.
      const details = detailsLine(d.details);
      if (details !== '') blocks.push({ type: 'paragraph', text: details });
      blocks.push({ type: 'paragraph', text: `${count(inDocument.length)}${notes(notesIn.length)}${d.sourceName ? ` · source: ${d.sourceName}` : ''}` });
      memoOf(d.id, null);
      const quoted = [...inDocument, ...notesIn].sort((a, b) => a.number - b.number);
      for (const s of quoted) entry(s, s.themeIds.length === 0 ? `— sentence ${s.number} · no theme` : `— sentence ${s.number} · ${s.themeIds.map(hashtag).join(' ')}`);
    }
  }
  return { blocks, emphasis };
}

/** Parses an export and checks it holds exactly the expected blocks, and no syntax from researcher text. */
function expectLiteralExport(snapshot: ExportSnapshot, options: MarkdownOptions): void {
  const markdown = renderMarkdown(snapshot, options);
  expect(markdown).not.toContain('\r');
  expect(markdown.endsWith('\n') && !markdown.endsWith('\n\n')).toBe(true);
  const { body } = split(markdown);
  const allowed = ['root', 'heading', 'paragraph', 'blockquote', 'text', 'break', 'emphasis'];
  const outsideNotes = body.children.filter((node) => !isNote(node));
  expect(outsideNotes.flatMap(nodeTypes).filter((type) => !allowed.includes(type))).toEqual([]);
  for (const node of outsideNotes) {
    if (node.type === 'blockquote') expect(node.children.map((child) => child.type)).toEqual(node.children.length ? ['paragraph'] : []);
  }
  // A note's Markdown stays inside its callout: no heading, raw HTML or definition reaches the file.
  const inNotes = body.children.filter(isNote).flatMap(nodeTypes);
  expect(inNotes.filter((type) => ['heading', 'html', 'definition', 'footnoteDefinition'].includes(type))).toEqual([]);
  // Block ids: only the ones Themata writes, each once.
  const ids = markdown.split('\n').flatMap((line) => /(?:^|\s)\^([A-Za-z0-9-]+)$/.exec(line)?.[1] ?? []);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^s\d+-\d+$/);
  const expected = expectedExport(snapshot, options);
  expect(blocksOf(body)).toEqual(expected.blocks);
  expect(emphasisTexts(body)).toEqual(expected.emphasis);
}

describe('renderMarkdown', () => {
  it('writes the sample study as a readable, Obsidian-ready file', () => {
    expect(renderMarkdown(SAMPLE, BY_THEME)).toBe(
      [
        '---',
        'notebook: "Syria study"',
        'exported-at: "2026-11-25T10:00:00.000Z"',
        'grouped-by: "theme"',
        'includes-notes: true',
        'themes:',
        '  - name: "Missile claims"',
        '    tag: "theme/missile-claims"',
        '    sentences: 2',
        '  - name: "Civilian-casualty assertions"',
        '    tag: "theme/civilian-casualty-assertions"',
        '    sentences: 0',
        '  - name: "Turkey trade threats"',
        '    tag: "theme/turkey-trade-threats"',
        '    sentences: 0',
        '  - name: "Deconfliction talks"',
        '    tag: "theme/deconfliction-talks"',
        '    sentences: 2',
        '---',
        '',
        '# Syria study',
        '',
        '3 tagged sentences from 2 documents, grouped by theme.',
        '',
        '## Missile claims',
        '',
        'Claims about missiles fired, hitting or intercepted.',
        '',
        '2 tagged sentences · #theme/missile-claims',
        '',
        '> The Pentagon said all 59 missiles hit their targets. ^s1-6',
        '',
        '— *Syria report*, sentence 6',
        '',
        '> [!note]',
        "> Carter's framing.",
        '> Compare sentence 7.',
        '',
        '> Moscow said only 23 reached the base. ^s1-7',
        '',
        '— *Syria report*, sentence 7 · also #theme/deconfliction-talks',
        '',
        '## Civilian-casualty assertions',
        '',
        'No tagged sentences · #theme/civilian-casualty-assertions',
        '',
        '## Turkey trade threats',
        '',
        'No tagged sentences · #theme/turkey-trade-threats',
        '',
        '## Deconfliction talks',
        '',
        '2 tagged sentences · #theme/deconfliction-talks',
        '',
        '> Moscow said only 23 reached the base.',
        '',
        '— *Syria report*, sentence 7 · also #theme/missile-claims',
        '',
        '> Talks on the hotline were suspended. ^s2-2',
        '',
        '— *Follow-up*, sentence 2',
        '',
        '> [!note]',
        '> Check the transcript.',
        '',
      ].join('\n'),
    );
  });

  it('quotes front matter values so tricky notebook and theme names stay valid YAML', () => {
    const names = ['Turkey: "trade threats" #1', '- leading dash', 'back\\slash', 'two\nlines', 'Ελληνικά 🚀', '? key', "it's"];
    const snapshot: ExportSnapshot = { ...SAMPLE, notebookName: 'Study: "Syria" #2\n', themes: names.map((name, i) => theme(i + 1, name)), taggedSentences: [] };
    const { frontMatter } = split(renderMarkdown(snapshot, BY_THEME));
    const value = (line: string | undefined): unknown => JSON.parse(line?.slice(line.indexOf(': ') + 2) ?? 'null');
    expect(value(frontMatter[0])).toBe('Study: "Syria" #2\n');
    const nameLines = frontMatter.filter((line) => line.startsWith('  - name: '));
    expect(nameLines.map(value)).toEqual(names);
    for (const line of frontMatter) expect(line).toMatch(/^(---|[a-z-]+: ("(\\.|[^"\\])*"|true|false|\[\])|themes:| {2}- name: ".*"| {4}tag: "theme\/[^"]+"| {4}sentences: \d+)$/u);
  });

  it('lists every selected theme as a ## section in codebook order, including themes with no sentences', () => {
    const shuffled: ExportSnapshot = { ...SAMPLE, themes: [theme(1, 'Last', '', 9), theme(2, 'First', '', 0), theme(3, 'Empty', '', 5), theme(4, 'Second', '', 1)] };
    const headings = split(renderMarkdown(shuffled, BY_THEME)).body.children.filter((node) => node.type === 'heading');
    expect(headings.map((h) => [h.depth, textOf(h)])).toEqual([[1, 'Syria study'], [2, 'First'], [2, 'Second'], [2, 'Empty'], [2, 'Last']]);
    expectLiteralExport(shuffled, BY_THEME);
  });

  it('quotes each sentence exactly and gives it its block id where it first appears, at the end of the quote', () => {
    const markdown = renderMarkdown(SAMPLE, BY_THEME);
    expect(markdown.match(/\^s1-7/g)).toHaveLength(1);
    expect(markdown).toContain('> Moscow said only 23 reached the base. ^s1-7\n');
    expectLiteralExport(SAMPLE, BY_THEME);
  });

  it('keeps a note\'s Markdown as Markdown inside a callout, and leaves notes out when includeNotes is false', () => {
    const note = 'Compare:\n\n- the *Pentagon* figure\n- [the ministry](https://mil.ru/x) and <https://example.org>\n\n`59` vs **23**';
    const snapshot: ExportSnapshot = { ...SAMPLE, themes: [theme(1, 'Only')], taggedSentences: [sentence(1, 1, 'A sentence.', [1], note)] };
    const markdown = renderMarkdown(snapshot, BY_THEME);
    expect(markdown).toContain(`> [!note]\n${note.split('\n').map((line) => (line === '' ? '>' : `> ${line}`)).join('\n')}\n`);
    const callout = split(markdown).body.children.at(-1)!;
    expect(isNote(callout)).toBe(true);
    const types = nodeTypes(callout);
    for (const type of ['list', 'listItem', 'emphasis', 'link', 'strong', 'inlineCode']) expect(types, type).toContain(type);
    expectLiteralExport(snapshot, BY_THEME);

    const withoutNotes = renderMarkdown(SAMPLE, { ...BY_THEME, includeNotes: false });
    expect(withoutNotes).not.toContain('[!note]');
    expect(withoutNotes).not.toContain('framing');
    expect(withoutNotes).toContain('includes-notes: false');
    expectLiteralExport(SAMPLE, { ...BY_THEME, includeNotes: false });
  });

  it('keeps a note from breaking the file: no heading, block id, definition or raw HTML leaves its callout', () => {
    const note = [
      '# Not a section', 'Setext title', '===', 'Also', '---', '- # heading in a list', '> ## heading in a quote',
      'ends like a block id ^s1-6', '[ref]: https://evil.example', '[^1]: a footnote', '<script>alert(1)</script>',
      // Already escaped by the researcher: doubling the backslash would free the comment.
      '\\<!-- c -->', '```', 'unclosed fence',
    ].join('\n');
    const snapshot: ExportSnapshot = { ...SAMPLE, themes: [theme(1, 'Only')], taggedSentences: [sentence(1, 6, 'A sentence.', [1], note), sentence(1, 7, 'Next.', [1])] };
    for (const options of [BY_THEME, BY_DOCUMENT]) {
      const markdown = renderMarkdown(snapshot, options);
      const { body } = split(markdown);
      expect(body.children.filter((node) => node.type === 'heading').map(textOf)).toEqual(['Syria study', options.by === 'theme' ? 'Only' : 'Syria report', ...(options.by === 'theme' ? [] : ['Follow-up'])]);
      expect(markdown).toContain('> ends like a block id \\^s1-6');
      expect(markdown).toContain('> \\<script>alert(1)\\</script>');
      // The next sentence is still its own quote after the unclosed fence.
      expect(markdown).toContain('\n\n> Next. ^s1-7\n');
      expectLiteralExport(snapshot, options);
    }
  });

  it('exports notes on untagged sentences with the notes, and not when only some themes are exported', () => {
    const snapshot: ExportSnapshot = { ...SAMPLE, taggedSentences: [...SAMPLE.taggedSentences, sentence(1, 8, 'Nobody tagged this.', [], 'But it *matters*.')] };
    const byDocument = renderMarkdown(snapshot, BY_DOCUMENT);
    expect(byDocument).toContain('> Moscow said only 23 reached the base. ^s1-7\n\n— sentence 7 · #theme/missile-claims #theme/deconfliction-talks\n\n> Nobody tagged this. ^s1-8\n\n— sentence 8 · no theme\n\n> [!note]\n> But it *matters*.');
    expect(byDocument).toContain('2 tagged sentences · 1 note on untagged sentences · source: syria.txt');
    const byTheme = renderMarkdown(snapshot, BY_THEME);
    expect(byTheme).toContain('3 tagged sentences from 2 documents, grouped by theme. With 1 note on untagged sentences.');
    expect(byTheme.endsWith('## Notes on untagged sentences\n\n1 note on sentences without a theme\n\n> Nobody tagged this. ^s1-8\n\n— *Syria report*, sentence 8\n\n> [!note]\n> But it *matters*.\n')).toBe(true);
    for (const options of [BY_THEME, BY_DOCUMENT]) expectLiteralExport(snapshot, options);
    const without: MarkdownOptions[] = [
      { ...BY_THEME, includeNotes: false }, { ...BY_THEME, themeIds: [1, 2, 3, 4] }, { ...BY_DOCUMENT, themeIds: [1] },
      { ...BY_DOCUMENT, includeUntaggedNotes: false }, { ...BY_THEME, includeNotes: false, includeUntaggedNotes: true },
    ];
    for (const options of without) {
      expect(renderMarkdown(snapshot, options)).not.toContain('Nobody tagged this.');
      expectLiteralExport(snapshot, options);
    }
    // Asked for, they come with a chosen theme too.
    expect(renderMarkdown(snapshot, { ...BY_THEME, themeIds: [4], includeUntaggedNotes: true })).toContain('## Notes on untagged sentences');
  });

  it('leaves out empty and blank notes', () => {
    const snapshot: ExportSnapshot = { ...SAMPLE, taggedSentences: [sentence(1, 1, 'a', [1], ''), sentence(1, 2, 'b', [1], ' \n\t\n'), sentence(1, 3, 'c', [], ' ')] };
    expect(renderMarkdown(snapshot, BY_THEME)).not.toContain('[!note]');
    expect(renderMarkdown(snapshot, BY_DOCUMENT)).not.toContain('> c');
  });

  it('exports only the chosen themes, and only sentences carrying one of them', () => {
    const options: MarkdownOptions = { ...BY_THEME, themeIds: [4] };
    const markdown = renderMarkdown(SAMPLE, options);
    const { frontMatter, body } = split(markdown);
    expect(frontMatter.filter((line) => line.startsWith('  - name:'))).toEqual(['  - name: "Deconfliction talks"']);
    expect(frontMatter).toContain('    sentences: 2');
    expect(body.children.filter((node) => node.type === 'heading' && node.depth === 2).map(textOf)).toEqual(['Deconfliction talks']);
    expect(markdown).not.toContain('Pentagon');
    expect(markdown).toContain('2 tagged sentences from 2 documents, grouped by theme. Themes exported: 1 of 4.');
    // A sentence's other themes are still named, even when they are not exported.
    expect(markdown).toContain('— *Syria report*, sentence 7 · also #theme/missile-claims');
    expectLiteralExport(SAMPLE, options);
    expectLiteralExport(SAMPLE, { ...BY_DOCUMENT, themeIds: [2, 4] });
  });

  it('refuses theme ids the notebook does not have, and an empty selection', () => {
    expect(() => renderMarkdown(SAMPLE, { ...BY_THEME, themeIds: [1, 99] })).toThrow(new NotebookError('not-found', 'There is no theme 99 in this notebook.'));
    expect(() => renderMarkdown(SAMPLE, { ...BY_THEME, themeIds: [] })).toThrow(expect.objectContaining({ code: 'invalid-input' }));
  });

  it('groups by document: a section per document in import order, each sentence with all its themes as tags', () => {
    const markdown = renderMarkdown(SAMPLE, BY_DOCUMENT);
    const { frontMatter, body } = split(markdown);
    expect(frontMatter).toContain('grouped-by: "document"');
    expect(body.children.filter((node) => node.type === 'heading').map((h) => [h.type === 'heading' && h.depth, textOf(h)])).toEqual([
      [1, 'Syria study'],
      [2, 'Syria report'],
      [2, 'Follow-up'],
    ]);
    expect(markdown).toContain('2 tagged sentences · source: syria.txt');
    expect(markdown).toContain('— sentence 7 · #theme/missile-claims #theme/deconfliction-talks');
    expectLiteralExport(SAMPLE, BY_DOCUMENT);
  });

  it('renders byte-identically: twice over, and from a snapshot listing everything in another order', () => {
    const reordered: ExportSnapshot = {
      ...SAMPLE,
      themes: [...SAMPLE.themes].reverse(),
      documents: [...SAMPLE.documents].reverse(),
      taggedSentences: [...SAMPLE.taggedSentences].reverse().map((s) => ({ ...s, themeIds: [...s.themeIds].reverse() })),
    };
    for (const options of [BY_THEME, BY_DOCUMENT, { ...BY_THEME, themeIds: [4, 1] }]) {
      const first = renderMarkdown(SAMPLE, options);
      expect(renderMarkdown(SAMPLE, options)).toBe(first);
      expect(renderMarkdown(reordered, options)).toBe(first);
    }
  });

  it('ends with a single newline and uses LF line endings only', () => {
    const snapshot: ExportSnapshot = { ...SAMPLE, taggedSentences: [sentence(1, 1, 'Windows\r\nline\rendings\n', [1], 'note\r\n')] };
    for (const options of [BY_THEME, BY_DOCUMENT]) {
      const markdown = renderMarkdown(snapshot, options);
      expect(markdown).not.toContain('\r');
      expect(markdown).toMatch(/[^\n]\n$/);
      expectLiteralExport(snapshot, options);
    }
  });

  it('writes each document\'s details under its heading and in the front matter, and memos where they belong', () => {
    const snapshot: ExportSnapshot = {
      ...SAMPLE,
      documents: [
        { id: 1, title: 'Syria report', sourceName: 'syria.txt', details: {
          outlet: 'Reuters', author: 'J. Doe', publishedOn: '2017-04-07', url: 'https://example.org/shayrat', language: 'en',
          attributes: [{ key: 'country', value: 'Syria' }, { key: 'stance: "hawkish"', value: '#1' }],
        } },
        { id: 2, title: 'Follow-up', sourceName: null },
      ],
      memos: [
        { documentId: null, themeId: null, body: 'How the strike was framed.\n# not a heading' },
        { documentId: 1, themeId: null, body: 'A wire report.' },
        { documentId: null, themeId: 4, body: 'The hotline.' },
      ],
    };
    const byDocument = renderMarkdown(snapshot, BY_DOCUMENT);
    expect(byDocument).toContain([
      'documents:',
      '  - title: "Syria report"',
      '    outlet: "Reuters"',
      '    author: "J. Doe"',
      '    published: "2017-04-07"',
      '    url: "https://example.org/shayrat"',
      '    language: "en"',
      '    attributes:',
      '      "country": "Syria"',
      '      "stance: \\"hawkish\\"": "#1"',
      '  - title: "Follow-up"',
      '---',
      '',
      '# Syria study',
      '',
      '3 tagged sentences from 2 documents, grouped by document.',
      '',
      '*Memo:* How the strike was framed.\\',
      '\\# not a heading',
      '',
      '## Syria report',
      '',
      'Reuters · 2017-04-07 · by J. Doe · language: en · https://example.org/shayrat · country: Syria · stance: "hawkish": \\#1',
      '',
      '2 tagged sentences · source: syria.txt',
      '',
      '*Memo:* A wire report.',
      '',
      '> The Pentagon said',
    ].join('\n'));
    expectLiteralExport(snapshot, BY_DOCUMENT);
    const byTheme = renderMarkdown(snapshot, BY_THEME);
    expect(byTheme).toContain('## Deconfliction talks\n\n2 tagged sentences · #theme/deconfliction-talks\n\n*Memo:* The hotline.\n\n> Moscow');
    expect(byTheme).not.toContain('A wire report');
    expectLiteralExport(snapshot, BY_THEME);
    // A theme not exported takes its memo with it.
    expect(renderMarkdown(snapshot, { ...BY_THEME, themeIds: [1] })).not.toContain('The hotline');
  });

  it('leaves the front matter as it was while no document has details', () => {
    expect(renderMarkdown(SAMPLE, BY_DOCUMENT)).not.toContain('documents:');
  });

  it('names untitled documents by id rather than leaving an empty title', () => {
    const snapshot: ExportSnapshot = { ...SAMPLE, documents: [{ id: 1, title: '  ', sourceName: null }, { id: 2, title: 'B', sourceName: '' }] };
    expect(renderMarkdown(snapshot, BY_THEME)).toContain('— *Document 1*, sentence 6');
    expectLiteralExport(snapshot, BY_DOCUMENT);
  });

  it.each(NASTY)('keeps %j literal wherever researcher text goes', (piece) => {
    const text = `x ${piece} y`;
    const snapshot: ExportSnapshot = {
      notebookName: piece,
      exportedAt: SAMPLE.exportedAt,
      themes: [theme(1, piece, piece), theme(2, text, text)],
      documents: [{ id: 1, title: piece, sourceName: piece }, { id: 2, title: text, sourceName: text }],
      taggedSentences: [sentence(1, 1, piece, [1, 2], piece), sentence(2, 1, text, [2], text), sentence(2, 2, `${piece}${piece}`, [1], `${piece}\n${piece}`)],
    };
    expectLiteralExport(snapshot, BY_THEME);
    expectLiteralExport(snapshot, BY_DOCUMENT);
  });

  it('keeps any researcher text literal: the parsed export has exactly the expected sections, quotes and notes (property)', () => {
    fc.assert(
      fc.property(snapshotAndOptions, ([snapshot, options]) => {
        expectLiteralExport(snapshot, options);
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the snapshot (property)', () => {
    fc.assert(
      fc.property(snapshotAndOptions, fc.integer(), ([snapshot, options], seed) => {
        const shuffle = <T>(items: T[]): T[] => items.map((item, i) => ({ item, key: Math.sin(seed + i) })).sort((a, b) => a.key - b.key).map((x) => x.item);
        const shuffled: ExportSnapshot = {
          ...snapshot,
          themes: shuffle(snapshot.themes),
          documents: shuffle(snapshot.documents),
          taggedSentences: shuffle(snapshot.taggedSentences).map((s) => ({ ...s, themeIds: shuffle(s.themeIds) })),
        };
        expect(renderMarkdown(shuffled, options)).toBe(renderMarkdown(snapshot, options));
      }),
      { numRuns: 100 },
    );
  });
});

/** A small notebook whose every name, title, sentence and note is hostile text, with options to export it by. */
const snapshotAndOptions = fc
  .tuple(
    fc.array(fc.record({ name: nastyText, description: nastyText }), { minLength: 1, maxLength: 4 }),
    fc.array(
      fc.record({
        title: nastyText,
        sourceName: fc.option(nastyText),
        details: fc.option(
          fc.record({
            outlet: fc.option(nastyText, { nil: null }),
            author: fc.option(nastyText, { nil: null }),
            publishedOn: fc.option(fc.constantFrom('2017-04-07', '1999-12-31'), { nil: null }),
            url: fc.option(fc.constantFrom('https://example.org/a_b*c', 'http://x.test/?q=#1'), { nil: null }),
            language: fc.option(nastyText, { nil: null }),
            attributes: fc.uniqueArray(fc.record({ key: nastyText, value: nastyText }), { selector: (a) => a.key.toLowerCase(), maxLength: 2 }),
          }),
          { nil: undefined },
        ),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    nastyText,
    fc.array(fc.record({ on: fc.nat(8), body: nastyText }), { maxLength: 4 }),
  )
  .chain(([themeTexts, documentTexts, notebookName, memoTexts]) => {
    const themes = themeTexts.map((t, i) => theme(i + 1, t.name, t.description, (i * 7) % themeTexts.length));
    const themeIds = themes.map((t) => t.id);
    const documents = documentTexts.map((d, i) => ({ id: i + 1, title: d.title, sourceName: d.sourceName, ...(d.details ? { details: d.details } : {}) }));
    // One memo per subject: the notebook (0), a document, or a theme.
    const memos = new Map<string, SnapshotMemo>();
    for (const { on, body } of memoTexts) {
      const subject = on % 3 === 0 ? { documentId: null, themeId: null } : on % 3 === 1
        ? { documentId: (on % documents.length) + 1, themeId: null } : { documentId: null, themeId: (on % themes.length) + 1 };
      memos.set(`${subject.documentId}:${subject.themeId}`, { ...subject, body });
    }
    const sentences = fc.uniqueArray(
      fc.record({
        documentId: fc.integer({ min: 1, max: documents.length }),
        number: fc.integer({ min: 1, max: 40 }),
        text: nastyText,
        // Some untagged sentences: exported only for their notes.
        themeIds: fc.oneof({ arbitrary: fc.subarray(themeIds, { minLength: 1 }), weight: 4 }, { arbitrary: fc.constant<number[]>([]), weight: 1 }),
        note: fc.option(nastyText),
      }),
      { selector: (s) => `${s.documentId}:${s.number}`, maxLength: 6 },
    );
    const options = fc.record({
      by: fc.constantFrom('theme' as const, 'document' as const),
      includeNotes: fc.boolean(),
      includeUntaggedNotes: fc.option(fc.boolean(), { nil: undefined }),
      themeIds: fc.option(fc.subarray(themeIds, { minLength: 1 }), { nil: undefined }),
    });
    return fc.tuple(
      sentences.map(
        (list): ExportSnapshot => ({
          notebookName,
          exportedAt: '2026-11-25T10:00:00.000Z',
          themes,
          documents,
          taggedSentences: list.map((s) => sentence(s.documentId, s.number, s.text, s.themeIds, s.note)),
          memos: [...memos.values()],
        }),
      ),
      options.map((o): MarkdownOptions => ({
        by: o.by,
        includeNotes: o.includeNotes,
        ...(o.themeIds === undefined ? {} : { themeIds: o.themeIds }),
        ...(o.includeUntaggedNotes === undefined ? {} : { includeUntaggedNotes: o.includeUntaggedNotes }),
      })),
    );
  });

describe('a codebook with sub-themes', () => {
  /** Claims > (Missile claims > Scud claims), Trade; listed out of order on purpose. */
  const NESTED: ExportSnapshot = {
    ...SAMPLE,
    themes: [
      { ...theme(4, 'Scud claims', '', 0), parentId: 2 },
      { ...theme(3, 'Trade', '', 1) },
      { ...theme(2, 'Missile claims', '', 0), parentId: 1 },
      { ...theme(1, 'Claims', '', 0) },
    ],
    taggedSentences: [sentence(1, 1, 'Moscow denied it.', [1, 4]), sentence(1, 2, 'Ankara warned.', [3])],
  };

  it('tags each sentence with nested Obsidian tags, a sub-theme under its parent\'s tag', () => {
    const markdown = renderMarkdown(NESTED, BY_DOCUMENT);
    expect(markdown).toContain('— sentence 1 · #theme/claims #theme/claims/missile-claims/scud-claims');
    expect([...themeTags(NESTED.themes).values()].sort()).toEqual([
      'theme/claims', 'theme/claims/missile-claims', 'theme/claims/missile-claims/scud-claims', 'theme/trade',
    ]);
    expectLiteralExport(NESTED, BY_DOCUMENT);
  });

  it('nests a sub-theme\'s section under its parent\'s, one heading level deeper, and names the parent in the front matter', () => {
    const { frontMatter, body } = split(renderMarkdown(NESTED, BY_THEME));
    const headings = body.children.filter((node) => node.type === 'heading');
    expect(headings.map((h) => [h.depth, textOf(h)])).toEqual([
      [1, 'Syria study'], [2, 'Claims'], [3, 'Missile claims'], [4, 'Scud claims'], [2, 'Trade'],
    ]);
    expect(frontMatter.slice(frontMatter.indexOf('  - name: "Missile claims"'), frontMatter.indexOf('  - name: "Missile claims"') + 3)).toEqual([
      '  - name: "Missile claims"', '    parent: "Claims"', '    tag: "theme/claims/missile-claims"',
    ]);
    expectLiteralExport(NESTED, BY_THEME);
  });

  it('heads a sub-theme exported without its parent at the top level of the file', () => {
    const { body } = split(renderMarkdown(NESTED, { ...BY_THEME, themeIds: [1, 4] }));
    const headings = body.children.filter((node) => node.type === 'heading');
    expect(headings.map((h) => [h.depth, textOf(h)])).toEqual([[1, 'Syria study'], [2, 'Claims'], [3, 'Scud claims']]);
    const alone = split(renderMarkdown(NESTED, { ...BY_THEME, themeIds: [4] })).body.children.filter((node) => node.type === 'heading');
    expect(alone.map((h) => [h.depth, textOf(h)])).toEqual([[1, 'Syria study'], [2, 'Scud claims']]);
  });

  it('stops nesting headings at level 6', () => {
    const deep: SnapshotTheme[] = Array.from({ length: 7 }, (_, i) => ({ ...theme(i + 1, `Level ${i + 1}`, '', 0), parentId: i === 0 ? null : i }));
    const { body } = split(renderMarkdown({ ...SAMPLE, themes: deep, taggedSentences: [] }, BY_THEME));
    const depths = body.children.filter((node) => node.type === 'heading').map((h) => (h.type === 'heading' ? h.depth : 0));
    expect(depths).toEqual([1, 2, 3, 4, 5, 6, 6, 6]);
  });
});
