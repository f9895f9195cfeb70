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
  /** A parent theme's sentences with it or any sub-theme, for the sub-themes it had when counted. */
  private readonly rollups = new Map<number, { members: string; themes: ReadonlySet<number>; json: string; count: number }>();
  private readonly documents = new Map<number, DocumentCount>();
  /** SQLite's data_version when the counts were last known to hold: it moves when another connection commits. */
  private version: number | null = null;
  private readonly countTheme: Statement;
  private readonly countRollup: Statement;
  private readonly countTagged: Statement;
  private readonly countNotes: Statement;
  private readonly sentencePlace: Statement;
  private readonly themesOnSentence: Statement;
  private readonly themeOnSentence: Statement;
  private readonly subtreeOnSentence: Statement;

  constructor(private readonly db: Database) {
    // A document's sentences have consecutive ids (written in one transaction at import), so a
    // document is an id range, and per-document counts are range scans of the tags' and notes' keys.
    const range = '(SELECT min(id) FROM sentences WHERE document_id = @document) AND (SELECT max(id) FROM sentences WHERE document_id = @document)';
    this.countTheme = db.prepare(
      `SELECT count(DISTINCT t.sentence_id) FROM tags t JOIN sentences s ON s.id = t.sentence_id
       JOIN documents d ON d.id = s.document_id AND d.removed_at IS NULL WHERE t.theme_id = ?`,
    ).pluck();
    this.countRollup = db.prepare(
      `SELECT count(DISTINCT t.sentence_id) FROM tags t JOIN sentences s ON s.id = t.sentence_id
       JOIN documents d ON d.id = s.document_id AND d.removed_at IS NULL
       WHERE t.theme_id IN (SELECT value FROM json_each(?))`,
    ).pluck();
    this.countTagged = db.prepare(`SELECT count(DISTINCT sentence_id) FROM tags WHERE sentence_id BETWEEN ${range}`).pluck();
    this.countNotes = db.prepare(`SELECT count(*) FROM notes WHERE sentence_id BETWEEN ${range}`).pluck();
    this.sentencePlace = db.prepare(
      `SELECT s.document_id AS documentId, d.removed_at IS NULL AS visible FROM sentences s JOIN documents d ON d.id = s.document_id WHERE s.id = ?`,
    );
    this.themesOnSentence = db.prepare('SELECT count(*) FROM tags WHERE sentence_id = ?').pluck();
    this.themeOnSentence = db.prepare('SELECT count(*) FROM tags WHERE sentence_id = ? AND theme_id = ?').pluck();
    this.subtreeOnSentence = db.prepare('SELECT count(*) FROM tags WHERE sentence_id = ? AND theme_id IN (SELECT value FROM json_each(?))').pluck();
  }

  /** Sentences carrying a theme (by any coder) in documents that are not removed. */
  themeCount(themeId: number): number {
    this.checkCurrent();
    let count = this.themes.get(themeId);
    if (count === undefined) {
      count = this.countTheme.get(themeId) as number;
      this.themes.set(themeId, count);
    }
    return count;
  }

  /** Sentences (in visible documents) tagged with any of a theme's subtree, each counted once. */
  rollupCount(themeId: number, subtree: readonly number[]): number {
    this.checkCurrent();
    const members = [...subtree].sort((a, b) => a - b).join(',');
    const known = this.rollups.get(themeId);
    if (known && known.members === members) return known.count;
    const json = JSON.stringify(subtree);
    const count = this.countRollup.get(json) as number;
    this.rollups.set(themeId, { members, themes: new Set(subtree), json, count });
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

  /**
   * After a theme was added to (or removed from) these sentences; call with
   * the change applied. A sentence is listed once per coder whose tag moved:
   * it counts once however many coders hold the theme on it.
   */
  tagsChanged(themeId: number, sentenceIds: readonly number[], added: boolean): void {
    const step = added ? 1 : -1;
    const rollups = [...this.rollups.values()].filter((rollup) => rollup.themes.has(themeId));
    const moved = new Map<number, number>();
    for (const id of sentenceIds) moved.set(id, (moved.get(id) ?? 0) + 1);
    for (const [sentenceId, tags] of moved) {
      const place = this.sentencePlace.get(sentenceId) as { documentId: number; visible: number } | undefined;
      if (!place) continue;
      // Each count moves only when these tags were the first of their kind on the sentence, or the last.
      const edge = added ? tags : 0;
      const theme = this.themes.get(themeId);
      if (theme !== undefined && place.visible && (this.themeOnSentence.get(sentenceId, themeId) as number) === edge) {
        this.themes.set(themeId, theme + step);
      }
      if (place.visible) {
        for (const rollup of rollups) {
          if ((this.subtreeOnSentence.get(sentenceId, rollup.json) as number) === edge) rollup.count += step;
        }
      }
      const document = this.documents.get(place.documentId);
      if (document && (this.themesOnSentence.get(sentenceId) as number) === edge) document.taggedCount += step;
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
    this.rollups.clear();
    this.documents.clear();
  }

  /** A document shown or removed changes every theme's count, not its own counts. */
  forgetThemes(): void {
    this.themes.clear();
    this.rollups.clear();
  }

  /** A theme moved, added or removed: the roll-ups are counted again over the new tree. */
  forgetRollups(): void {
    this.rollups.clear();
  }

  private checkCurrent(): void {
    const version = this.db.pragma('data_version', { simple: true }) as number;
    if (version !== this.version) {
      this.forget();
      this.version = version;
    }
  }
}
