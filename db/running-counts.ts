/**
 * The counts the screen repaints after every keystroke: tags per theme (in
 * visible documents) and tagged sentences and notes per document. Counting
 * them afresh costs time in proportion to the notebook (50 ms at 100,000
 * tags); here each is counted once, then kept up to date by the operations
 * that change it, at a cost in proportion to the change.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { DocumentCount } from './domain';

export class RunningCounts {
  private readonly themes = new Map<number, number>();
  private readonly documents = new Map<number, DocumentCount>();
  /** SQLite's data_version when the counts were last known to hold: it moves when another connection commits. */
  private version: number | null = null;
  private readonly countTheme: Statement;
  private readonly countTagged: Statement;
  private readonly countNotes: Statement;
  private readonly sentencePlace: Statement;
  private readonly themesOnSentence: Statement;

  constructor(private readonly db: Database) {
    // A document's sentences have consecutive ids (written in one transaction at import), so a
    // document is an id range, and per-document counts are range scans of the tags' and notes' keys.
    const range = '(SELECT min(id) FROM sentences WHERE document_id = @document) AND (SELECT max(id) FROM sentences WHERE document_id = @document)';
    this.countTheme = db.prepare(
      `SELECT count(*) FROM tags t JOIN sentences s ON s.id = t.sentence_id
       JOIN documents d ON d.id = s.document_id AND d.removed_at IS NULL WHERE t.theme_id = ?`,
    ).pluck();
    this.countTagged = db.prepare(`SELECT count(DISTINCT sentence_id) FROM tags WHERE sentence_id BETWEEN ${range}`).pluck();
    this.countNotes = db.prepare(`SELECT count(*) FROM notes WHERE sentence_id BETWEEN ${range}`).pluck();
    this.sentencePlace = db.prepare(
      `SELECT s.document_id AS documentId, d.removed_at IS NULL AS visible FROM sentences s JOIN documents d ON d.id = s.document_id WHERE s.id = ?`,
    );
    this.themesOnSentence = db.prepare('SELECT count(*) FROM tags WHERE sentence_id = ?').pluck();
  }

  /** Tags of a theme on sentences of documents that are not removed. */
  themeCount(themeId: number): number {
    this.checkCurrent();
    let count = this.themes.get(themeId);
    if (count === undefined) {
      count = this.countTheme.get(themeId) as number;
      this.themes.set(themeId, count);
    }
    return count;
  }

  documentCount(documentId: number): DocumentCount {
    this.checkCurrent();
    let count = this.documents.get(documentId);
    if (!count) {
      count = {
        documentId,
        taggedCount: this.countTagged.get({ document: documentId }) as number,
        noteCount: this.countNotes.get({ document: documentId }) as number,
      };
      this.documents.set(documentId, count);
    }
    return { ...count };
  }

  /** After a theme was added to (or removed from) these sentences; call with the change applied. */
  tagsChanged(themeId: number, sentenceIds: readonly number[], added: boolean): void {
    const step = added ? 1 : -1;
    for (const sentenceId of sentenceIds) {
      const place = this.sentencePlace.get(sentenceId) as { documentId: number; visible: number } | undefined;
      if (!place) continue;
      const theme = this.themes.get(themeId);
      if (theme !== undefined && place.visible) this.themes.set(themeId, theme + step);
      const document = this.documents.get(place.documentId);
      // A sentence's first theme makes it tagged; its last one removed makes it untagged.
      const remaining = this.themesOnSentence.get(sentenceId) as number;
      if (document && remaining === (added ? 1 : 0)) document.taggedCount += step;
    }
  }

  /** After a note was written (+1), removed (-1) or edited (0). */
  noteChanged(sentenceId: number, step: -1 | 0 | 1): void {
    if (step === 0) return;
    const place = this.sentencePlace.get(sentenceId) as { documentId: number } | undefined;
    const document = place && this.documents.get(place.documentId);
    if (document) document.noteCount += step;
  }

  /** Counts that a change could move in ways not followed here (a theme deleted, a document removed) are counted again. */
  forget(): void {
    this.themes.clear();
    this.documents.clear();
  }

  /** A document shown or removed changes every theme's count, not its own counts. */
  forgetThemes(): void {
    this.themes.clear();
  }

  private checkCurrent(): void {
    const version = this.db.pragma('data_version', { simple: true }) as number;
    if (version !== this.version) {
      this.forget();
      this.version = version;
    }
  }
}
