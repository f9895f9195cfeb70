/**
 * Tells whether a text is already in the notebook, without reading every
 * document's text and without storing anything new. SQLite knows each text's
 * size in bytes from its row's header (octet_length reads no text), so a
 * notebook of thousands of documents costs one pass over their rows, and only
 * documents of exactly the same size are read: each at most once, for a
 * content hash kept for the rest of the import, so a corpus of files of one
 * size is not compared with itself file by file.
 */
import { createHash } from 'node:crypto';
import type { NotebookContext } from '../context';

export interface KnownDocument {
  id: number;
  title: string;
}

/** What a lookup learnt of a text, for remembering it once it is stored. */
export interface TextKey {
  /** Its size in UTF-8, as SQLite stores it. */
  bytes: number;
  /** Its content hash, when documents of the same size made it worth computing. */
  digest?: string;
}

export class KnownTexts {
  /** Document ids by the size of their text, removed documents included (whether one is removed is read only for a match). */
  private readonly bySize = new Map<number, number[]>();
  private readonly digests = new Map<number, string>();

  constructor(private readonly ctx: NotebookContext) {
    const rows = ctx.sql('SELECT id, octet_length(original_text) AS bytes FROM documents').all() as { id: number; bytes: number }[];
    for (const row of rows) this.add(row.id, row.bytes);
  }

  /** The visible document whose text is exactly `text`, if any, and the key to remember `text` by. */
  lookup(text: string): { same: KnownDocument | null; key: TextKey } {
    const key: TextKey = { bytes: Buffer.byteLength(text) };
    const candidates = this.bySize.get(key.bytes);
    if (!candidates) return { same: null, key };
    key.digest = digestOf(text);
    for (const id of candidates) {
      if (this.digestOfDocument(id) !== key.digest) continue;
      // A matching hash is confirmed against the text itself, and the document must not be removed.
      const row = this.ctx.sql('SELECT title, original_text FROM documents WHERE id = ? AND removed_at IS NULL').get(id) as
        | { title: string; original_text: string }
        | undefined;
      if (row?.original_text === text) return { same: { id, title: row.title }, key };
    }
    return { same: null, key };
  }

  /** A document just stored, so that a later file with the same text is told from it. */
  remember(id: number, key: TextKey): void {
    this.add(id, key.bytes);
    if (key.digest !== undefined) this.digests.set(id, key.digest);
  }

  private add(id: number, bytes: number): void {
    const ids = this.bySize.get(bytes);
    if (ids) ids.push(id);
    else this.bySize.set(bytes, [id]);
  }

  private digestOfDocument(id: number): string {
    let digest = this.digests.get(id);
    if (digest === undefined) {
      const text = this.ctx.sql('SELECT original_text FROM documents WHERE id = ?').pluck().get(id) as string;
      digest = digestOf(text);
      this.digests.set(id, digest);
    }
    return digest;
  }
}

function digestOf(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}
