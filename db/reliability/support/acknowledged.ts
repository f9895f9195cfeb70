/** Writes a process acknowledged before it was killed, and whether a notebook still holds them all. */
import { Notebook } from '../../notebook';
import { inspect, integrity } from './notebook-files';

export type Ack = { kind: 'tag'; sentenceId: number; themeId: number } | { kind: 'note'; sentenceId: number; body: string };

export interface AfterCrash {
  integrity: string;
  /** Acknowledged writes the notebook does not hold. */
  lost: Ack[];
}

/**
 * Opens the notebook the way the desktop app does after a crash (for writing,
 * in a folder that allows it), which recovers whatever the killed process left
 * beside it, then closes it again.
 */
export function reopenAfterCrash(file: string): void {
  Notebook.open(file, { coder: 'after-crash' }).close();
}

/** Reads the notebook with plain SQLite (which also recovers a left-over -wal) and looks for every acknowledged write. */
export function checkAcknowledged(file: string, acks: readonly Ack[]): AfterCrash {
  return inspect(file, (db) => {
    const tags = new Set((db.prepare('SELECT sentence_id, theme_id FROM tags').all() as { sentence_id: number; theme_id: number }[]).map((r) => `${r.sentence_id}/${r.theme_id}`));
    const notes = new Map((db.prepare('SELECT sentence_id, body FROM notes').all() as { sentence_id: number; body: string }[]).map((r) => [r.sentence_id, r.body]));
    const lost = acks.filter((ack) => (ack.kind === 'tag' ? !tags.has(`${ack.sentenceId}/${ack.themeId}`) : notes.get(ack.sentenceId) !== ack.body));
    return { integrity: integrity(db), lost };
  });
}

/** Complete lines only: a line cut short by the kill was never a whole acknowledgment. */
export function completeLines(output: string): string[] {
  const lines = output.split('\n');
  lines.pop();
  return lines;
}
