import type { NotebookContext } from '../context';
import { THEME_KEYS } from '../domain';
import { notesBySentence } from './coder-notes';
import { codebookOrder } from './obsidian';
import { readExportDetails, readExportMemos } from './read-details';
import type { ExportSnapshot, SnapshotSentence } from './snapshot';

/**
 * Reads what an export needs. `exportedAt` is the time of the notebook's last
 * change, so exporting an unchanged notebook twice writes the same bytes and a
 * researcher's exports can live under version control without noise.
 */
export function readSnapshot(ctx: NotebookContext, notebookName: string): ExportSnapshot {
  const read = ctx.db.transaction((): ExportSnapshot => {
    const lastChange = ctx.sql('SELECT at FROM history ORDER BY id DESC LIMIT 1').get() as { at: string } | undefined;
    const created = ctx.sql("SELECT value FROM settings WHERE key = 'created_at'").get() as { value: string } | undefined;
    const themes = ctx.sql('SELECT * FROM themes ORDER BY position, id').all() as {
      id: number; name: string; colour: string; description: string; key_slot: number | null; position: number; parent_id: number | null;
    }[];
    const documents = ctx
      .sql('SELECT id, title, source_name FROM documents WHERE removed_at IS NULL ORDER BY id')
      .all() as { id: number; title: string; source_name: string | null }[];
    const rows = ctx
      .sql(
        `SELECT s.id, s.document_id, s.ordinal, s.text,
                (SELECT json_group_array(json_array(sentence_id, coder, body)) FROM
                   (SELECT sentence_id, coder, body FROM notes WHERE sentence_id = s.id ORDER BY coder COLLATE NOCASE)) AS notes,
                group_concat(t.theme_id, ',') AS theme_ids
         FROM sentences s
         JOIN documents d ON d.id = s.document_id AND d.removed_at IS NULL
         LEFT JOIN (SELECT DISTINCT t.sentence_id, t.theme_id, th.position FROM tags t JOIN themes th ON th.id = t.theme_id
               ORDER BY t.sentence_id, th.position, th.id) t ON t.sentence_id = s.id
         WHERE t.sentence_id IS NOT NULL OR EXISTS (SELECT 1 FROM notes n WHERE n.sentence_id = s.id)
         GROUP BY s.id ORDER BY s.document_id, s.ordinal`,
      )
      .all() as { id: number; document_id: number; ordinal: number; text: string; notes: string; theme_ids: string | null }[];
    const details = readExportDetails(ctx);
    const position = new Map(themes.map((t) => [t.id, t.position * 1e9 + t.id]));
    const taggedSentences: SnapshotSentence[] = rows.map((r) => ({
      sentenceId: r.id,
      documentId: r.document_id,
      number: r.ordinal,
      text: r.text,
      // Sorted here too: SQLite does not promise group_concat keeps the subquery's order.
      themeIds: r.theme_ids === null ? [] : r.theme_ids.split(',').map(Number).sort((a, b) => position.get(a)! - position.get(b)!),
      note: notesBySentence(JSON.parse(r.notes) as [number, string, string][]).get(r.id) ?? null,
    }));
    const snapshotThemes = themes.map((t) => ({
      id: t.id, name: t.name, colour: t.colour, description: t.description, key: null as number | null, order: t.position, parentId: t.parent_id,
    }));
    // Keys are the first nine places in codebook order, as the workspace shows them.
    codebookOrder(snapshotThemes).forEach((theme, i) => (theme.key = i < THEME_KEYS ? i + 1 : null));
    return {
      notebookName,
      exportedAt: lastChange?.at ?? created?.value ?? new Date(0).toISOString(),
      themes: snapshotThemes,
      documents: documents.map((d) => {
        const found = details.get(d.id);
        return found ? { id: d.id, title: d.title, sourceName: d.source_name, details: found } : { id: d.id, title: d.title, sourceName: d.source_name };
      }),
      taggedSentences,
      memos: readExportMemos(ctx),
    };
  });
  return read();
}
