/**
 * Writes a notebook as a REFI-QDA project (.qdpx) or its codebook alone
 * (.qdc). Themes become Codes, documents TextSources, each tag a
 * PlainTextSelection over its sentence holding one Coding by its coder,
 * notes and memos Notes referred to from what they are about, coders
 * Users, document details Variables on the source. Every object is named by
 * the GUID the notebook keeps, so two exports of one notebook agree.
 */
import { strToU8 } from 'fflate';
import type { NotebookContext } from '../context';
import { coderGuid, derivedGuid } from '../guid';
import { NotebookError } from '../notebook-error';
import type { DocumentAttributeRow, DocumentDetailsRow, MemoRow, NoteRow, ThemeRow } from '../rows';
import { treeOrder } from '../theme-tree';
import { CodePointIndex } from './code-points';
import { writeArchive } from './qdpx-archive';
import { CODEBOOK_NAMESPACE, DATE_TIME, DETAIL_VARIABLES, ORIGIN, PROJECT_NAMESPACE, sourceEntry } from './refi-names';
import { XmlWriter } from './xml';

interface DocumentData {
  id: number;
  title: string;
  imported_at: string;
  original_text: string;
  guid: string;
}

interface TaggedSentence {
  sentence_id: number;
  document_id: number;
  ordinal: number;
  start_offset: number;
  end_offset: number;
  theme_id: number;
  coder: string;
  tagged_at: string;
  guid: string;
}

type NoteOnSentence = NoteRow & { document_id: number; ordinal: number; start_offset: number; end_offset: number };

function dateTime(value: string | null | undefined): string | undefined {
  return value && DATE_TIME.test(value) ? value : undefined;
}

function colour(value: string): string | undefined {
  return /^#[0-9a-fA-F]{6}$/.test(value) ? value.toUpperCase() : undefined;
}

function themeRows(ctx: NotebookContext): ThemeRow[] {
  return treeOrder(ctx.sql('SELECT * FROM themes ORDER BY position, id').all() as ThemeRow[]).map((p) => p.row);
}

/** The codes, nested as the codebook nests its themes; `withNotes` adds the NoteRef of each theme's memo (a project has Notes, a codebook not). */
function writeCodes(xml: XmlWriter, ctx: NotebookContext, memos: Map<number, MemoRow> | null): void {
  const rows = themeRows(ctx);
  const ids = new Set(rows.map((r) => r.id));
  const childrenOf = new Map<number | null, ThemeRow[]>();
  for (const row of rows) {
    const parent = row.parent_id !== null && ids.has(row.parent_id) ? row.parent_id : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), row]);
  }
  xml.start('Codes');
  // Depth first without recursion: a codebook may nest hundreds of levels.
  const stack: { row: ThemeRow; open: boolean }[] = (childrenOf.get(null) ?? []).map((row) => ({ row, open: false })).reverse();
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (top.open) {
      xml.end();
      continue;
    }
    const { row } = top;
    xml.start('Code', { guid: row.guid, name: row.name, isCodable: true, color: colour(row.colour) });
    if (row.description.trim() !== '') xml.text('Description', row.description);
    const memo = memos?.get(row.id);
    if (memo) xml.empty('NoteRef', { targetGUID: memo.guid });
    stack.push({ row, open: true });
    for (const child of [...(childrenOf.get(row.id) ?? [])].reverse()) stack.push({ row: child, open: false });
  }
  xml.end();
}

/** The codebook alone, as a .qdc file. */
export function codebookXml(ctx: NotebookContext): string {
  if (themeRows(ctx).length === 0) throw new NotebookError('invalid-input', 'The codebook has no themes to export.');
  const xml = new XmlWriter();
  xml.start('CodeBook', { xmlns: CODEBOOK_NAMESPACE, origin: ORIGIN });
  writeCodes(xml, ctx, null);
  xml.end();
  return xml.toString();
}

export interface ProjectFiles {
  /** project.qde */
  qde: string;
  /** Archive entry name to text. */
  sources: Map<string, string>;
}

/** The project as project.qde and its sources' texts. */
export function projectFiles(ctx: NotebookContext, name: string): ProjectFiles {
  const documents = ctx.sql('SELECT id, title, imported_at, original_text, guid FROM documents WHERE removed_at IS NULL ORDER BY id').all() as DocumentData[];
  // The notebook's memo first, then documents' in import order, then themes' in codebook order, as memos are listed.
  const memos = ctx.sql(
    'SELECT m.* FROM memos m LEFT JOIN themes t ON t.id = m.theme_id ORDER BY m.theme_id IS NOT NULL, m.document_id IS NOT NULL, m.document_id, t.position, t.id',
  ).all() as MemoRow[];
  const themeMemos = new Map(memos.filter((m) => m.theme_id !== null).map((m) => [m.theme_id!, m]));
  const documentMemos = new Map(memos.filter((m) => m.document_id !== null).map((m) => [m.document_id!, m]));
  const notebookMemo = memos.find((m) => m.document_id === null && m.theme_id === null);
  const themeGuids = new Map((ctx.sql('SELECT id, guid FROM themes').all() as { id: number; guid: string }[]).map((t) => [t.id, t.guid]));
  const tags = ctx.sql(
    `SELECT t.sentence_id, s.document_id, s.ordinal, s.start_offset, s.end_offset, t.theme_id, t.coder, t.tagged_at, t.guid
     FROM tags t JOIN sentences s ON s.id = t.sentence_id JOIN documents d ON d.id = s.document_id JOIN themes th ON th.id = t.theme_id
     WHERE d.removed_at IS NULL ORDER BY s.document_id, s.ordinal, th.position, th.id, t.coder`,
  ).all() as TaggedSentence[];
  const notes = ctx.sql(
    `SELECT n.sentence_id, n.coder, n.body, n.created_at, n.updated_at, n.guid, s.document_id, s.ordinal, s.start_offset, s.end_offset FROM notes n JOIN sentences s ON s.id = n.sentence_id
     JOIN documents d ON d.id = s.document_id WHERE d.removed_at IS NULL ORDER BY s.document_id, s.ordinal, n.coder`,
  ).all() as NoteOnSentence[];
  const details = new Map((ctx.sql('SELECT * FROM document_details').all() as DocumentDetailsRow[]).map((d) => [d.document_id, d]));
  const attributes = ctx.sql('SELECT * FROM document_attributes ORDER BY document_id, key').all() as DocumentAttributeRow[];
  const titles = new Map(documents.map((d) => [d.id, d.title]));

  const xml = new XmlWriter();
  xml.start('Project', { xmlns: PROJECT_NAMESPACE, name, origin: ORIGIN });

  const coders = [...new Set([...tags.map((t) => t.coder), ...notes.map((n) => n.coder)])].sort();
  if (coders.length > 0) {
    xml.start('Users');
    for (const coder of coders) xml.empty('User', { guid: coderGuid(coder), name: coder });
    xml.end();
  }

  if (themeGuids.size > 0) {
    xml.start('CodeBook');
    writeCodes(xml, ctx, themeMemos);
    xml.end();
  }

  // Variables: the details any document has, then the researcher's own attributes, each named once (keys ignore case).
  const variables: { key: string; name: string; type: 'Text' | 'Date'; guid: string }[] = [];
  for (const detail of DETAIL_VARIABLES) {
    if ([...details.values()].some((d) => d[detail.column] !== null)) {
      variables.push({ key: `detail:${detail.column}`, name: detail.name, type: detail.type, guid: derivedGuid(`variable:detail:${detail.column}`) });
    }
  }
  const attributeNames = new Map<string, string>();
  for (const a of attributes) if (!attributeNames.has(a.key.toLowerCase())) attributeNames.set(a.key.toLowerCase(), a.key);
  for (const [lower, key] of attributeNames) variables.push({ key: `attribute:${lower}`, name: key, type: 'Text', guid: derivedGuid(`variable:attribute:${lower}`) });
  const variableGuid = new Map(variables.map((v) => [v.key, v.guid]));
  if (variables.length > 0) {
    xml.start('Variables');
    for (const v of variables) xml.empty('Variable', { guid: v.guid, name: v.name, typeOfVariable: v.type });
    xml.end();
  }

  const sources = new Map<string, string>();
  const tagsByDocument = groupBy(tags, (t) => t.document_id);
  const notesByDocument = groupBy(notes, (n) => n.document_id);
  const attributesByDocument = groupBy(attributes, (a) => a.document_id);
  if (documents.length > 0) {
    xml.start('Sources');
    for (const document of documents) {
      const { entry, path } = sourceEntry(document.guid);
      sources.set(entry, document.original_text);
      xml.start('TextSource', { guid: document.guid, name: document.title, plainTextPath: path, creationDateTime: dateTime(document.imported_at) });
      const positions = new CodePointIndex(document.original_text);
      const documentTags = tagsByDocument.get(document.id) ?? [];
      // A coder's note rides on that coder's first selection of its sentence; keyed `sentence:coder`.
      const firstTagOf = new Map<string, string>();
      for (const tag of documentTags) if (!firstTagOf.has(`${tag.sentence_id}:${tag.coder}`)) firstTagOf.set(`${tag.sentence_id}:${tag.coder}`, tag.guid);
      const noteOf = new Map((notesByDocument.get(document.id) ?? []).map((n) => [`${n.sentence_id}:${n.coder}`, n]));
      const selection = (guid: string, span: { start_offset: number; end_offset: number }, extra: { creatingUser?: string; creationDateTime?: string }) => ({
        guid,
        startPosition: positions.toCodePoint(span.start_offset),
        endPosition: positions.toCodePoint(span.end_offset),
        ...extra,
      });
      for (const tag of documentTags) {
        const user = coderGuid(tag.coder);
        xml.start('PlainTextSelection', selection(tag.guid, tag, { creatingUser: user, creationDateTime: dateTime(tag.tagged_at) }));
        xml.start('Coding', { guid: derivedGuid(`coding:${tag.guid}`), creatingUser: user, creationDateTime: dateTime(tag.tagged_at) });
        xml.empty('CodeRef', { targetGUID: themeGuids.get(tag.theme_id)! });
        xml.end();
        const note = noteOf.get(`${tag.sentence_id}:${tag.coder}`);
        if (note && firstTagOf.get(`${tag.sentence_id}:${tag.coder}`) === tag.guid) xml.empty('NoteRef', { targetGUID: note.guid });
        xml.end();
      }
      // A note on a sentence no theme tags hangs on a selection of its own, without a coding.
      for (const [key, note] of noteOf) {
        if (firstTagOf.has(key)) continue;
        xml.start('PlainTextSelection', selection(derivedGuid(`note-selection:${note.guid}`), note, { creatingUser: coderGuid(note.coder), creationDateTime: dateTime(note.created_at) }));
        xml.empty('NoteRef', { targetGUID: note.guid });
        xml.end();
      }
      const memo = documentMemos.get(document.id);
      if (memo) xml.empty('NoteRef', { targetGUID: memo.guid });
      const detail = details.get(document.id);
      for (const v of DETAIL_VARIABLES) {
        const value = detail?.[v.column];
        if (value === null || value === undefined) continue;
        writeValue(xml, variableGuid.get(`detail:${v.column}`)!, v.type === 'Date' ? 'DateValue' : 'TextValue', value);
      }
      for (const a of attributesByDocument.get(document.id) ?? []) writeValue(xml, variableGuid.get(`attribute:${a.key.toLowerCase()}`)!, 'TextValue', a.value);
      xml.end();
    }
    xml.end();
  }

  const noteEntries: { guid: string; name: string; body: string; created: string; updated: string; user?: string }[] = [];
  for (const note of notes) {
    noteEntries.push({
      guid: note.guid, name: `Note on sentence ${note.ordinal} of ${titles.get(note.document_id)}`, body: note.body,
      created: note.created_at, updated: note.updated_at, user: coderGuid(note.coder),
    });
  }
  const themeNames = new Map(themeRows(ctx).map((t) => [t.id, t.name]));
  for (const memo of memos) {
    if (memo.document_id !== null && !titles.has(memo.document_id)) continue;
    const about = memo.theme_id !== null
      ? `Memo on theme ${themeNames.get(memo.theme_id) ?? ''}`
      : memo.document_id !== null ? `Memo on ${titles.get(memo.document_id)}` : 'Notebook memo';
    noteEntries.push({ guid: memo.guid, name: about, body: memo.body, created: memo.created_at, updated: memo.updated_at });
  }
  if (noteEntries.length > 0) {
    xml.start('Notes');
    for (const note of noteEntries) {
      xml.start('Note', {
        guid: note.guid, name: note.name, ...(note.user ? { creatingUser: note.user } : {}),
        creationDateTime: dateTime(note.created), modifiedDateTime: dateTime(note.updated),
      });
      xml.text('PlainTextContent', note.body);
      xml.end();
    }
    xml.end();
  }
  if (notebookMemo) xml.empty('NoteRef', { targetGUID: notebookMemo.guid });
  xml.end();
  return { qde: xml.toString(), sources };
}

function writeValue(xml: XmlWriter, variable: string, element: 'TextValue' | 'DateValue', value: string): void {
  xml.start('VariableValue');
  xml.empty('VariableRef', { targetGUID: variable });
  xml.text(element, value);
  xml.end();
}

function groupBy<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/** The .qdpx archive: project.qde and every source's text, in UTF-8. */
export function projectArchive(ctx: NotebookContext, name: string): Uint8Array {
  const files = projectFiles(ctx, name);
  const entries: Record<string, Uint8Array> = { 'project.qde': strToU8(files.qde) };
  for (const [entry, text] of files.sources) entries[entry] = strToU8(text);
  return writeArchive(entries);
}
