/**
 * Reads another Themata notebook as incoming work, without changing it: it
 * is opened for reading only and in its own format (an older notebook is
 * not upgraded, as a backup made before an upgrade is read), so the other
 * coder's file is byte for byte as it was. Each format's tables are read as
 * far as they exist: GUIDs from format 3, details from format 2, a note's
 * own coder and done marks from format 4.
 */
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { closeDatabase, openDatabase } from '../open';
import { treeOrder } from '../theme-tree';
import { contentHash, normalisedOffsets } from './content-hash';
import { NO_DETAILS, trimmedRange, type IncomingDocument, type IncomingNote, type IncomingTheme, type IncomingWork } from './incoming-work';

export function readNotebookWork(file: string, options: { nativeBinding?: string } = {}): IncomingWork {
  const { db } = openDatabase(file, { access: 'read', upgrade: 'keep-format', ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  try {
    return db.transaction(() => readWork(db, path.basename(file)))();
  } finally {
    closeDatabase(db, true);
  }
}

function columnsOf(db: Database, table: string): Set<string> {
  return new Set((db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name));
}

interface SentenceSpot {
  documentKey: string;
  start: number;
  end: number;
}

function readWork(db: Database, fileName: string): IncomingWork {
  const has = (table: string) => columnsOf(db, table).size > 0;
  const guid = (table: string) => (columnsOf(db, table).has('guid') ? 'guid' : 'NULL AS guid');
  const work: IncomingWork = { kind: 'notebook', fileName, documents: [], themes: [], tags: [], notes: [], doneMarks: [], notCarried: [] };

  const details = new Map<number, IncomingDocument['details']>();
  if (has('document_details')) {
    for (const row of db.prepare('SELECT * FROM document_details').all() as Record<string, string | number | null>[]) {
      details.set(row.document_id as number, {
        outlet: row.outlet as string | null, author: row.author as string | null, publishedOn: row.published_on as string | null,
        url: row.url as string | null, language: row.language as string | null, attributes: [],
      });
    }
    for (const row of db.prepare('SELECT document_id, key, value FROM document_attributes ORDER BY document_id, key').all() as { document_id: number; key: string; value: string }[]) {
      const entry = details.get(row.document_id) ?? { ...NO_DETAILS, attributes: [] };
      entry.attributes.push([row.key, row.value]);
      details.set(row.document_id, entry);
    }
  }

  const sentences = new Map<number, SentenceSpot>();
  const documents = db.prepare(`SELECT id, title, original_text, ${guid('documents')} FROM documents WHERE removed_at IS NULL ORDER BY id`).all() as {
    id: number; title: string; original_text: string; guid: string | null;
  }[];
  const sentenceRows = db.prepare('SELECT id, start_offset, end_offset FROM sentences WHERE document_id = ? ORDER BY ordinal');
  for (const row of documents) {
    const key = `document:${row.id}`;
    work.documents.push({ key, guid: row.guid, title: row.title, text: row.original_text, hash: contentHash(row.original_text), details: details.get(row.id) ?? NO_DETAILS });
    const toNormal = normalisedOffsets(row.original_text);
    for (const s of sentenceRows.all(row.id) as { id: number; start_offset: number; end_offset: number }[]) {
      sentences.set(s.id, { documentKey: key, ...trimmedRange(row.original_text, s.start_offset, s.end_offset, toNormal) });
    }
  }

  const themes = db.prepare(`SELECT id, name, colour, description, parent_id, position, ${guid('themes')} FROM themes`).all() as {
    id: number; name: string; colour: string; description: string; parent_id: number | null; position: number; guid: string | null;
  }[];
  const themeIds = new Set(themes.map((t) => t.id));
  for (const { row } of treeOrder(themes)) {
    const theme: IncomingTheme = {
      key: `theme:${row.id}`, guid: row.guid, name: row.name, colour: row.colour, description: row.description,
      parentKey: row.parent_id !== null && themeIds.has(row.parent_id) ? `theme:${row.parent_id}` : null,
    };
    work.themes.push(theme);
  }

  const tags = db.prepare(`SELECT sentence_id, theme_id, coder, tagged_at, ${guid('tags')} FROM tags ORDER BY sentence_id, theme_id`).all() as {
    sentence_id: number; theme_id: number; coder: string; tagged_at: string; guid: string | null;
  }[];
  for (const tag of tags) {
    const spot = sentences.get(tag.sentence_id);
    // A tag of a removed document stays behind, as the document does.
    if (!spot) continue;
    work.tags.push({ ...spot, themeKey: `theme:${tag.theme_id}`, coder: tag.coder, at: tag.tagged_at, guid: tag.guid });
  }

  const ownCoder = columnsOf(db, 'notes').has('coder');
  const notes = db.prepare(`SELECT sentence_id, body, created_at, updated_at, ${ownCoder ? 'coder' : 'NULL AS coder'}, ${guid('notes')} FROM notes ORDER BY sentence_id`).all() as {
    sentence_id: number; body: string; created_at: string; updated_at: string; coder: string | null; guid: string | null;
  }[];
  const fallback = ownCoder ? '' : notesCoderBeforeFormat4(db);
  for (const note of notes) {
    const spot = sentences.get(note.sentence_id);
    if (!spot) continue;
    const coder = note.coder ?? fallback;
    const incoming: IncomingNote = { ...spot, coder, body: note.body, createdAt: note.created_at, updatedAt: note.updated_at, guid: note.guid };
    work.notes.push(incoming);
  }

  if (has('coded_documents')) {
    const visible = new Set(documents.map((d) => d.id));
    for (const mark of db.prepare('SELECT document_id, coder, coded_at FROM coded_documents ORDER BY document_id, coder').all() as { document_id: number; coder: string; coded_at: string }[]) {
      if (visible.has(mark.document_id)) work.doneMarks.push({ documentKey: `document:${mark.document_id}`, coder: mark.coder, at: mark.coded_at });
    }
  }
  return work;
}

/**
 * Before format 4 a note had no coder of its own: it is given to whoever
 * the upgrade would give it to (004-coders.ts), so a merge of an older
 * notebook adds what opening it in this Themata would show.
 */
function notesCoderBeforeFormat4(db: Database): string {
  const first = (sql: string) => db.prepare(sql).pluck().get() as string | undefined;
  return first("SELECT coder FROM history WHERE kind <> 'baseline' ORDER BY id DESC LIMIT 1")
    ?? first('SELECT coder FROM tags GROUP BY coder ORDER BY count(*) DESC, coder LIMIT 1')
    ?? first('SELECT coder FROM history ORDER BY id DESC LIMIT 1')
    ?? 'researcher';
}
