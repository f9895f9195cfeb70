import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codedStudy } from '../exchange/refi-test-study';
import { Notebook } from '../notebook';
import { caughtAsync } from '../test-support/caught';
import { useTemporaryFolder } from '../test-support/temporary-notebook';
import { readIncomingWork } from './read-incoming';

describe('the file a merge brings in', () => {
  const folder = useTemporaryFolder();

  it('is read as a project when it is a .qdpx: the same documents, themes and tags as the notebook it was exported from', async () => {
    const file = codedStudy(folder());
    const notebook = Notebook.open(file, { access: 'read' });
    const qdpx = path.join(path.dirname(file), 'Study export.qdpx');
    fs.writeFileSync(qdpx, notebook.exportQdpx());
    notebook.close();
    const [fromNotebook, fromProject] = [await readIncomingWork(file), await readIncomingWork(qdpx)];
    expect(fromProject.kind).toBe('project');
    expect(fromProject.documents.map((d) => d.hash)).toEqual(fromNotebook.documents.map((d) => d.hash));
    expect(fromProject.themes.map((t) => [t.guid, t.name])).toEqual(fromNotebook.themes.map((t) => [t.guid, t.name]));
    const spots = (work: typeof fromNotebook) => {
      const hash = new Map(work.documents.map((d) => [d.key, d.hash]));
      const guid = new Map(work.themes.map((t) => [t.key, t.guid]));
      return work.tags.map((t) => `${hash.get(t.documentKey)}:${t.start}-${t.end}:${guid.get(t.themeKey)}:${t.coder}`).sort();
    };
    expect(spots(fromProject)).toEqual(spots(fromNotebook));
    // The project names each note's writer, on a tagged sentence or not.
    const notes = (work: typeof fromNotebook) => {
      const hash = new Map(work.documents.map((d) => [d.key, d.hash]));
      return work.notes.map((n) => `${hash.get(n.documentKey)}:${n.start}-${n.end}:${n.coder}:${n.body}`).sort();
    };
    expect(notes(fromProject)).toEqual(notes(fromNotebook));
    expect(fromProject.notes).toHaveLength(2);
  });

  it('is told apart by its first bytes when its name has no extension Themata knows', async () => {
    const file = codedStudy(folder());
    const copy = path.join(path.dirname(file), 'from-ben.backup');
    fs.copyFileSync(file, copy);
    expect((await readIncomingWork(copy)).kind).toBe('notebook');
  });

  it('is refused in one sentence when missing, a folder, a damaged archive, or something else', async () => {
    const home = folder();
    expect((await caughtAsync(() => readIncomingWork(path.join(home, 'gone.qdpx')))).code).toBe('file-missing');
    expect((await caughtAsync(() => readIncomingWork(home))).code).toBe('file-is-directory');
    fs.writeFileSync(path.join(home, 'broken.qdpx'), Buffer.from('PK\u0003\u0004 not really a zip'));
    expect((await caughtAsync(() => readIncomingWork(path.join(home, 'broken.qdpx')))).message).toMatch(/not a zip archive, or the archive is damaged/);
    fs.writeFileSync(path.join(home, 'notes.txt'), 'Some notes.');
    expect((await caughtAsync(() => readIncomingWork(path.join(home, 'notes.txt')))).message).toMatch(/neither a Themata notebook \(\.themata\) nor a REFI-QDA project/);
  });
});
