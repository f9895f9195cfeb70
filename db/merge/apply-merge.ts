/**
 * Writes a merge plan (match.ts) as one step of the history: the documents
 * new to this notebook imported (hidden until the step shows them, as any
 * import's), the new themes, then the other coders' tags, notes and done
 * marks under their own names. Only additions: nothing here is replaced,
 * so undo takes exactly the merge back.
 */
import type { NotebookContext } from '../context';
import { checkAttributeKey } from '../details';
import { insertDocument } from '../documents';
import { newGuid } from '../guid';
import type { History } from '../history';
import type { Operation, TagRecord } from '../operations';
import { nextThemeColour } from '../palette';
import type { ThemeRow } from '../rows';
import type { MergePlan, SentenceRef, ThemeRef } from './match';
import type { MergeReport } from './merge-report';

export function applyMerge(ctx: NotebookContext, history: History, plan: MergePlan): MergeReport {
  const ops: Operation[] = [];
  const fileName = plan.report.file;
  /** A GUID the other file gave, kept when this notebook has no row with it. */
  const guidFor = (table: 'documents' | 'themes' | 'tags' | 'notes', wanted: string | null, taken: Set<string>): string => {
    if (wanted && !taken.has(wanted) && !ctx.sql(`SELECT 1 FROM ${table} WHERE guid = ?`).get(wanted)) {
      taken.add(wanted);
      return wanted;
    }
    return newGuid();
  };

  const addedSentences: number[][] = [];
  const documentIds: number[] = [];
  const takenDocuments = new Set<string>();
  for (const document of plan.documents) {
    const d = document.details;
    const details = Object.fromEntries(Object.entries({ outlet: d.outlet, author: d.author, publishedOn: d.publishedOn, url: d.url, language: d.language }).filter(([, v]) => v !== null)) as Record<string, string>;
    const documentId = insertDocument(ctx, { title: oneLine(document.title) || 'Untitled document', text: document.text, sourceName: fileName, details });
    ctx.sql('UPDATE documents SET guid = ? WHERE id = ?').run(guidFor('documents', document.guid, takenDocuments), documentId);
    for (const [key, value] of d.attributes) {
      try {
        ctx.sql('INSERT OR IGNORE INTO document_attributes (document_id, key, value) VALUES (?, ?, ?)').run(documentId, checkAttributeKey(key), value);
      } catch {
        // A key this notebook's rules refuse stays behind; the document is merged without it.
      }
    }
    // Hidden until the merge's step shows it: undoing the merge hides it again.
    ctx.sql('UPDATE documents SET removed_at = ? WHERE id = ?').run(ctx.now(), documentId);
    ops.push({ type: 'document-visibility', documentId, visible: true, at: ctx.now() });
    documentIds.push(documentId);
    addedSentences.push(ctx.sql('SELECT id FROM sentences WHERE document_id = ? ORDER BY ordinal').pluck().all(documentId) as number[]);
  }
  const sentenceId = (ref: SentenceRef): number | undefined => (ref.kind === 'existing' ? ref.id : addedSentences[ref.document]?.[ref.ordinal - 1]);

  const themeIds: number[] = [];
  const rows = ctx.sql('SELECT colour, position FROM themes').all() as Pick<ThemeRow, 'colour' | 'position'>[];
  const colours = rows.map((r) => r.colour);
  let nextId = (ctx.sql('SELECT coalesce(max(id), 0) + 1 FROM themes').pluck().get() as number);
  let position = rows.length === 0 ? 0 : Math.max(...rows.map((r) => r.position)) + 1;
  const takenThemes = new Set<string>();
  const themeId = (ref: ThemeRef): number => (ref.kind === 'existing' ? ref.id : themeIds[ref.index]!);
  for (const { theme, parent } of plan.themes) {
    const colour = theme.colour && /^#[0-9a-f]{6}$/i.test(theme.colour) ? theme.colour.toUpperCase() : nextThemeColour(colours);
    colours.push(colour);
    const row: ThemeRow = {
      id: nextId++, name: theme.name, colour, description: theme.description.trim(), key_slot: null, position: position++,
      parent_id: parent ? themeId(parent) : null, created_at: ctx.now(), guid: guidFor('themes', theme.guid, takenThemes),
    };
    themeIds.push(row.id);
    ops.push({ type: 'theme', themeId: row.id, before: null, after: row });
  }

  const byTheme = new Map<number, TagRecord[]>();
  const takenTags = new Set<string>();
  const now = ctx.now();
  for (const tag of plan.tags) {
    const sentence = sentenceId(tag.sentence);
    if (sentence === undefined) continue;
    const id = themeId(tag.theme);
    const list = byTheme.get(id) ?? [];
    list.push({ sentenceId: sentence, coder: tag.coder, at: tag.at ?? now, guid: guidFor('tags', tag.guid, takenTags) });
    byTheme.set(id, list);
  }
  for (const [id, tags] of byTheme) ops.push({ type: 'tags-add', themeId: id, tags });

  const takenNotes = new Set<string>();
  for (const note of plan.notes) {
    const sentence = sentenceId(note.sentence);
    if (sentence === undefined) continue;
    ops.push({
      type: 'note', sentenceId: sentence, before: null,
      after: { sentence_id: sentence, coder: note.coder, body: note.body, created_at: note.createdAt ?? now, updated_at: note.updatedAt ?? note.createdAt ?? now, guid: guidFor('notes', note.guid, takenNotes) },
    });
  }

  for (const mark of plan.doneMarks) {
    const documentId = mark.document.kind === 'existing' ? mark.document.id : documentIds[mark.document.index];
    if (documentId !== undefined) ops.push({ type: 'document-coded', documentId, coder: mark.coder, at: mark.at ?? now, coded: true });
  }

  history.record(`Merge work from ${fileName}`, ops);
  return plan.report;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
