import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexSentencesAfter, insertDocument, insertedSummary, lastSentenceId } from '../documents';
import type { Notebook } from '../notebook';

/** The error a promise rejects with; fails the test if it resolves. */
async function rejection(work: Promise<unknown>): Promise<{ code: string; message: string }> {
  return work.then(
    () => {
      throw new Error('expected the import to fail, but it succeeded');
    },
    (error: { code: string; message: string }) => error,
  );
}
import { type MemoryNotebook, useMemoryNotebook } from '../test-support/memory-notebook';
import { useTemporaryFolder, useTemporaryNotebook } from '../test-support/temporary-notebook';
import { findTextFiles } from './find-files';
import { textFromBytes } from '../text-file';
import type { ImportFile } from './find-files';
import { type ImportOutcome, type ImportSource, type ImportTarget, importGradually, importTextFiles } from './import-files';
import { KnownTexts } from './known-texts';
import { wordFile } from './test-support/word-file';

const ARTICLE = 'Moscow denied it. Officials disagreed.\nAnkara warned about gas. Talks were planned.\n';

/** The notebook's own connection, to read what the API has no call for. */
function connectionOf(nb: Notebook): Database.Database {
  return (nb as unknown as { ctx: { db: Database.Database } }).ctx.db;
}

/** Every row a document leaves: its own, its sentences, their search index entries, history steps. */
function footprint(db: Database.Database) {
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    documents: db.prepare('SELECT id, title, source_name FROM documents ORDER BY id').all(),
    sentences: count('SELECT count(*) AS n FROM sentences'),
    indexed: count("SELECT count(*) AS n FROM sentences_fts WHERE sentences_fts MATCH 'moscow OR ankara OR gas OR russia'"),
    history: count('SELECT count(*) AS n FROM history'),
  };
}

/** An article of about `sentences` sentences, different for each seed. */
function article(seed: number, sentences = 8): string {
  return Array.from({ length: sentences }, (_, i) => `Report ${seed} says Moscow denied claim ${i}.${i % 3 === 2 ? '\n' : ' '}`).join('');
}

describe('importing many files into a notebook', () => {
  const notebook = useTemporaryNotebook();
  const temporary = useTemporaryFolder();

  function folderOf(files: Record<string, string | Buffer>): string {
    const root = temporary();
    for (const [name, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      fs.writeFileSync(path.join(root, name), content);
    }
    return root;
  }

  it('imports the good files of a folder in name order and refuses each bad one with its reason', async () => {
    const nb = notebook();
    const root = folderOf({
      'a-first.txt': article(1),
      'b-empty.txt': '',
      'c-binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1]),
      'd-second.txt': article(2),
      'e-latin1.txt': Buffer.from('Caf\xe9 au lait.', 'latin1'),
      'sub/f-third.txt': article(3),
    });
    const report = await nb.importFiles([root]);
    expect(report).toMatchObject({ imported: 3, duplicates: 0, refused: 3 });
    expect(report.outcomes.map((o) => [path.relative(root, o.file), o.status])).toEqual([
      ['a-first.txt', 'imported'],
      ['b-empty.txt', 'refused'],
      ['c-binary.txt', 'refused'],
      ['d-second.txt', 'imported'],
      ['e-latin1.txt', 'refused'],
      [path.join('sub', 'f-third.txt'), 'imported'],
    ]);
    const reasons = report.outcomes.flatMap((o) => (o.status === 'refused' ? [o.reason.message] : []));
    expect(reasons).toEqual([
      `${path.join(root, 'b-empty.txt')} is empty.`,
      `${path.join(root, 'c-binary.txt')} looks like a binary file, not text.`,
      `${path.join(root, 'e-latin1.txt')} is not valid UTF-8 text (byte 4, line 1, column 4); save it as UTF-8 and import it again.`,
    ]);
    expect(nb.listDocuments().map((d) => [d.title, d.sourceName])).toEqual([
      ['A first', 'a-first.txt'],
      ['D second', 'd-second.txt'],
      ['F third', 'f-third.txt'],
    ]);
    // One undoable step per file.
    expect(nb.historyState().undoLabel).toBe('Import F third');
    // Every sentence of every imported file is found by search, once.
    const hits = nb.search('moscow', 1000);
    expect(hits.map((h) => h.documentTitle)).toEqual(nb.listDocuments().flatMap((d) => Array<string>(d.sentenceCount).fill(d.title)));
  });

  it('skips a text already in the notebook, or met earlier in the same import, naming the document that has it', async () => {
    const nb = notebook();
    const existing = nb.importDocument({ title: 'Already here', text: article(1), sourceName: null });
    // Same size, different text: read and compared, not taken for the same.
    const sameSize = article(2).replace('Moscow', 'Ankara');
    expect(Buffer.byteLength(sameSize)).toBe(Buffer.byteLength(article(2)));
    const root = folderOf({ 'a.txt': article(1), 'b.txt': article(2), 'c.txt': `\uFEFF${article(2)}`, 'd.txt': sameSize });
    const report = await nb.importFiles([root]);
    expect(report).toMatchObject({ imported: 2, duplicates: 2, refused: 0 });
    const [a, b, c, d] = report.outcomes;
    expect(a).toMatchObject({ status: 'duplicate', sameAs: { id: existing.id, title: 'Already here' } });
    expect(b).toMatchObject({ status: 'imported', document: { title: 'B' } });
    // A byte-order mark is not text: the same text as b.txt.
    expect(c).toMatchObject({ status: 'duplicate', sameAs: { id: (b as Extract<ImportOutcome, { status: 'imported' }>).document.id, title: 'B' } });
    expect(d).toMatchObject({ status: 'imported', document: { title: 'D' } });
    expect(nb.listDocuments()).toHaveLength(3);
  });

  it('imports again a text whose document was removed', async () => {
    const nb = notebook();
    const removed = nb.importDocument({ title: 'Removed', text: article(1), sourceName: null });
    nb.deleteDocument(removed.id);
    const report = await nb.importFiles([folderOf({ 'again.txt': article(1) })]);
    expect(report.outcomes[0]).toMatchObject({ status: 'imported', document: { title: 'Again' } });
  });

  it('reports progress per file: each file as it starts, and each once done, in order, with how many are done', async () => {
    const nb = notebook();
    const root = folderOf({ 'a.txt': article(1), 'b.txt': '', 'c.txt': article(1), 'd.txt': article(2) });
    const events: string[] = [];
    await nb.importFiles([root], {
      onFileStarted: (file, index, total) => events.push(`start ${path.basename(file)} ${index}/${total}`),
      onFileDone: (outcome, done, total) => events.push(`done ${path.basename(outcome.file)} ${outcome.status} ${done}/${total}`),
    });
    expect(events.filter((e) => e.startsWith('start'))).toEqual(['start a.txt 0/4', 'start b.txt 1/4', 'start c.txt 2/4', 'start d.txt 3/4']);
    expect(events.filter((e) => e.startsWith('done'))).toEqual([
      'done a.txt imported 1/4',
      'done b.txt refused 2/4',
      'done c.txt duplicate 3/4',
      'done d.txt imported 4/4',
    ]);
  });

  it('leaves nothing of a file that fails part way, nor of the files sharing its commit, and reports none of them', async () => {
    const nb = notebook();
    nb.importDocument({ title: 'Before', text: ARTICLE, sourceName: null });
    const db = connectionOf(nb);
    const before = footprint(db);
    // A notebook that can grow by a few hundred kilobytes only: the large file's text fits, its sentences do not.
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 120}`);
    const written = () => db.prepare('SELECT total_changes() AS n').pluck().get() as number;
    const writtenBefore = written();
    const large = Array.from({ length: 4000 }, (_, i) => `Russia denied report number ${i} about the strikes near Latakia.`).join(' ');
    const root = folderOf({ 'a-small.txt': article(1), 'b-large.txt': large });
    const done: ImportOutcome[] = [];
    const error = await rejection(nb.importFiles([root], { onFileDone: (outcome) => done.push(outcome) }));
    expect(error.code).toBe('disk-full');
    // Over a thousand of its sentences were written before the notebook was full, and then rolled back.
    expect(written() - writtenBefore).toBeGreaterThan(1000);
    expect(done).toEqual([]);
    expect(footprint(db)).toEqual(before);
    // The notebook still works, and the undo step is still the earlier one.
    db.pragma('max_page_count = 4294967294');
    expect(nb.historyState().undoLabel).toBe('Import Before');
    expect(await nb.importFiles([root])).toMatchObject({ imported: 2 });
  });

  it('refuses a title for more than one file, and a blank title, before reading anything', async () => {
    const nb = notebook();
    const root = folderOf({ 'a.txt': article(1), 'b.txt': article(2) });
    expect(await rejection(nb.importFiles([root], { title: 'Both' }))).toMatchObject({ code: 'invalid-input', message: 'A title names one document; this import has 2 files.' });
    expect(await rejection(nb.importFiles([path.join(root, 'a.txt')], { title: '  ' }))).toMatchObject({ code: 'invalid-input' });
    expect(nb.listDocuments()).toEqual([]);
    expect((await nb.importFiles([path.join(root, 'a.txt')], { title: 'Titled' })).outcomes[0]).toMatchObject({ document: { title: 'Titled', sourceName: 'a.txt' } });
  });
});

describe('commits of several files', () => {
  const memory = useMemoryNotebook();
  const temporary = useTemporaryFolder();

  /** What Notebook.importFiles gives the import, over an in-memory notebook. */
  function targetOf(nb: MemoryNotebook): ImportTarget {
    return {
      write: (work) =>
        nb.write(() => {
          const before = lastSentenceId(nb.ctx);
          work();
          indexSentencesAfter(nb.ctx, before);
        }),
      add: (input) =>
        insertedSummary(
          nb.ctx,
          insertDocument(nb.ctx, input, {
            index: false,
            whileSmall: (documentId) =>
              nb.history.record(`Import ${input.title}`, [{ type: 'document-visibility', documentId, visible: true, at: nb.ctx.now() }]),
          }),
        ),
      known: new KnownTexts(nb.ctx),
    };
  }

  function files(count: number): string[] {
    const root = temporary();
    return Array.from({ length: count }, (_, i) => {
      const file = path.join(root, `article-${i + 1}.txt`);
      fs.writeFileSync(file, article(i + 1));
      return file;
    });
  }

  it('reports the files of a commit only once it is made, in order', async () => {
    const nb = memory();
    const target = targetOf(nb);
    const events: string[] = [];
    const write = target.write;
    target.write = (work) => {
      write(work);
      events.push('commit');
    };
    await importTextFiles(findTextFiles(files(5)), target, {
      onFileStarted: (file) => events.push(`start ${path.basename(file)}`),
      onFileDone: (outcome) => events.push(`done ${path.basename(outcome.file)}`),
    }, { files: 2, characters: Number.POSITIVE_INFINITY });
    expect(events).toEqual([
      'start article-1.txt', 'start article-2.txt', 'commit', 'done article-1.txt', 'done article-2.txt',
      'start article-3.txt', 'start article-4.txt', 'commit', 'done article-3.txt', 'done article-4.txt',
      'start article-5.txt', 'commit', 'done article-5.txt',
    ]);
  });

  it('closes a commit before a file whose reader waits (a Word file), and reads it before the next one opens', async () => {
    const nb = memory();
    const target = targetOf(nb);
    const events: string[] = [];
    const write = target.write;
    target.write = (work) => {
      write(work);
      events.push('commit');
    };
    const root = temporary();
    const names = ['a.txt', 'b.docx', 'c.txt'];
    fs.writeFileSync(path.join(root, 'a.txt'), article(1));
    fs.writeFileSync(path.join(root, 'b.docx'), await wordFile());
    fs.writeFileSync(path.join(root, 'c.txt'), article(3));
    const report = await importTextFiles(findTextFiles(names.map((name) => path.join(root, name))), target, {
      onFileStarted: (file) => events.push(`start ${path.basename(file)}`),
      onFileDone: (outcome) => events.push(`done ${path.basename(outcome.file)}`),
    });
    expect(report.imported).toBe(3);
    expect(events).toEqual(['start a.txt', 'start b.docx', 'commit', 'done a.txt', 'start c.txt', 'commit', 'done b.docx', 'done c.txt']);
  });

  it('keeps the commits made before a file fails, and nothing of the failing file or its commit', async () => {
    const nb = memory();
    const target = targetOf(nb);
    const add = target.add;
    // The third file fails after its document and sentences are written.
    target.add = (input) => {
      const summary = add(input);
      if (input.title === 'Article 3') throw new Error('the drive went away');
      return summary;
    };
    const done: string[] = [];
    await expect(
      importTextFiles(findTextFiles(files(4)), target, { onFileDone: (outcome) => done.push(path.basename(outcome.file)) }, { files: 2, characters: Number.POSITIVE_INFINITY }),
    ).rejects.toThrow('the drive went away');
    expect(done).toEqual(['article-1.txt', 'article-2.txt']);
    const rows = nb.rows();
    expect(rows.documents.map((d) => d.title)).toEqual(['Article 1', 'Article 2']);
    expect(new Set(rows.sentences.map((s) => s.document_id))).toEqual(new Set(rows.documents.map((d) => d.id)));
    const indexed = nb.db.prepare("SELECT count(*) AS n FROM sentences_fts WHERE sentences_fts MATCH 'report'").get() as { n: number };
    expect(indexed.n).toBe(rows.sentences.length);
  });

  it('closes a commit once its texts reach the character limit', async () => {
    const nb = memory();
    const target = targetOf(nb);
    let commits = 0;
    const write = target.write;
    target.write = (work) => {
      write(work);
      commits += 1;
    };
    const report = await importTextFiles(findTextFiles(files(6)), target, {}, { files: 100, characters: article(1).length * 2 });
    expect(report.imported).toBe(6);
    expect(commits).toBe(3);
  });
});

describe('an import that leaves the notebook free between commits', () => {
  const memory = useMemoryNotebook();

  /** Files read from bytes, as a page sends them; `arrived` of them are there from the start. */
  function sentFiles(texts: string[], arrived = texts.length) {
    const files: ImportFile[] = texts.map((text, i) => ({ path: `article-${i + 1}.txt`, read: () => textFromBytes(`article-${i + 1}.txt`, new TextEncoder().encode(text)) }));
    let next = 0;
    let available = arrived;
    let wake: () => void = () => {};
    const source: ImportSource = {
      total: files.length,
      take: () => (next >= files.length ? undefined : next < available ? files[next++]! : null),
      arrival: () => new Promise<void>((resolve) => (wake = resolve)),
    };
    return { source, arrive: () => { available += 1; wake(); } };
  }

  function targetOf(nb: MemoryNotebook): ImportTarget {
    return {
      write: (work) => nb.write(work),
      add: (input) => insertedSummary(nb.ctx, insertDocument(nb.ctx, input)),
      known: new KnownTexts(nb.ctx),
    };
  }

  it('stops between files when asked, keeping only whole files and reporting every one it read', async () => {
    const nb = memory();
    const { source } = sentFiles(Array.from({ length: 6 }, (_, i) => article(i + 1)));
    let stopped = false;
    const report = await importGradually(source, targetOf(nb), {
      stop: () => stopped,
      onFileDone: (_outcome, done) => {
        if (done === 2) stopped = true;
      },
    }, { files: 2, characters: Number.POSITIVE_INFINITY });
    expect(report.outcomes.map((o) => o.file)).toEqual(['article-1.txt', 'article-2.txt']);
    const rows = nb.rows();
    expect(rows.documents.map((d) => d.title)).toEqual(['Article 1', 'Article 2']);
    // Every sentence of each kept file, none of any other.
    expect(rows.sentences).toHaveLength(16);
  });

  it('gives the notebook back between commits, so another change lands between two of them', async () => {
    const nb = memory();
    const { source } = sentFiles([article(1), article(2), article(3)]);
    const order: string[] = [];
    const report = await importGradually(source, targetOf(nb), {
      onFileDone: (outcome) => order.push(outcome.file),
      pause: async () => {
        order.push('pause');
        await Promise.resolve();
      },
    }, { files: 1, characters: Number.POSITIVE_INFINITY });
    expect(report.imported).toBe(3);
    expect(order).toEqual(['article-1.txt', 'pause', 'article-2.txt', 'pause', 'article-3.txt', 'pause']);
  });

  it('closes a commit once it has taken its time', async () => {
    const nb = memory();
    const { source } = sentFiles([article(1), article(2), article(3)]);
    let pauses = 0;
    await importGradually(source, targetOf(nb), { pause: async () => void (pauses += 1) }, { files: 100, characters: Number.POSITIVE_INFINITY, milliseconds: 0 });
    expect(pauses).toBe(3);
  });

  it('waits for files still on their way and imports them in order', async () => {
    const nb = memory();
    const { source, arrive } = sentFiles([article(1), article(2), article(3)], 1);
    const running = importGradually(source, targetOf(nb));
    for (let i = 0; i < 2; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      arrive();
    }
    const report = await running;
    expect(report.outcomes.map((o) => [o.file, o.status])).toEqual([
      ['article-1.txt', 'imported'],
      ['article-2.txt', 'imported'],
      ['article-3.txt', 'imported'],
    ]);
  });

  it('decodes and refuses sent bytes as it does files, and imports a duplicate only when asked to', async () => {
    const nb = memory();
    const sent = (name: string, bytes: Uint8Array, evenIfDuplicate = false): ImportFile => ({
      path: name,
      read: () => textFromBytes(name, bytes),
      ...(evenIfDuplicate ? { evenIfDuplicate } : {}),
    });
    const utf8 = (text: string) => new TextEncoder().encode(text);
    const report = await importGradually(
      sentFilesOf([sent('a.txt', utf8(article(1))), sent('b.txt', utf8(article(1))), sent('latin1.txt', Buffer.from('Caf\xe9 au lait.', 'latin1'))]),
      targetOf(nb),
    );
    expect(report.outcomes.map((o) => o.status)).toEqual(['imported', 'duplicate', 'refused']);
    expect(report.outcomes[2]).toMatchObject({
      reason: { message: 'latin1.txt is not valid UTF-8 text (byte 4, line 1, column 4); save it as UTF-8 and import it again.' },
    });
    const again = await importGradually(sentFilesOf([sent('folder/b-again.txt', utf8(article(1)), true)]), targetOf(nb));
    expect(again.outcomes[0]).toMatchObject({ status: 'imported', document: { title: 'B again', sourceName: 'b-again.txt' } });
    expect(nb.rows().documents).toHaveLength(2);
  });

  function sentFilesOf(files: ImportFile[]): ImportSource {
    let next = 0;
    return { total: files.length, take: () => files[next++], arrival: async () => {} };
  }
});
