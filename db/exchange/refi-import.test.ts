import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNotebookError } from '../notebook-error';
import { useTemporaryFolder } from '../test-support/temporary-notebook';
import { codedStudy, openAs, studyContents } from './refi-test-study';

describe('a Themata project carried through REFI-QDA into a new notebook', () => {
  const folder = useTemporaryFolder();

  it('gives back the same documents, details, themes with hierarchy and colours, tags with coders, notes and memos', async () => {
    const original = codedStudy(folder());
    const source = openAs(original, 'ana');
    const archive = source.exportQdpx();
    source.close();

    const copy = path.join(folder(), 'Study.themata');
    const target = openAs(copy, 'zoe');
    let report;
    try {
      report = await target.importRefi(archive, 'Study.qdpx');
    } finally {
      target.close();
    }
    expect(report).toMatchObject({ documents: 2, themes: 4, themesMatched: 0, tags: 5, notes: 2, memos: 3, documentsWithDetails: 2, coders: ['ana', 'ben'], selections: 6, selectionsOffSentenceBoundaries: 0, notRepresented: [] });
    expect(studyContents(copy)).toEqual(studyContents(original));

    // The copy names every object as the original did: exported again, the project is the same but for the times of the import.
    const again = openAs(copy, 'zoe');
    const reexported = again.exportQdpx();
    again.close();
    const withoutTimes = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['project.qde']!).replace(/ (creationDateTime|modifiedDateTime)="[^"]*"/g, '');
    expect(withoutTimes(reexported)).toBe(withoutTimes(archive));
  });

  it('is one step that one undo takes back whole', async () => {
    const source = openAs(codedStudy(folder()), 'ana');
    const archive = source.exportQdpx();
    source.close();
    const target = openAs(path.join(folder(), 'New.themata'), 'zoe');
    try {
      await target.importRefi(archive, 'Study.qdpx');
      expect(target.historyState().undoLabel).toBe('Import Study.qdpx');
      target.undo();
      expect([target.listDocuments(), target.listThemes(), target.listMemos()]).toEqual([[], [], []]);
      target.redo();
      expect(target.listDocuments().map((d) => d.title)).toEqual(['Syria report', 'Astral <signs> & "marks"']);
    } finally {
      target.close();
    }
  });

  it('adds nothing twice when the same project comes back', async () => {
    const file = codedStudy(folder());
    const before = studyContents(file);
    const notebook = openAs(file, 'ana');
    try {
      const report = await notebook.importRefi(notebook.exportQdpx(), 'Study.qdpx');
      expect(report).toMatchObject({ documents: 0, documentsMatched: 2, themes: 0, themesMatched: 4, tags: 0, notes: 0, memos: 0 });
    } finally {
      notebook.close();
    }
    expect(studyContents(file)).toEqual(before);
  });

  it('matches the codebook\'s themes by GUID when the same project comes back, adding nothing twice', async () => {
    const file = codedStudy(folder());
    const notebook = openAs(file, 'ana');
    try {
      const codebook = notebook.exportQdc();
      const report = await notebook.importRefi(strToU8(codebook), 'Codebook.qdc');
      expect(report).toMatchObject({ themes: 0, themesMatched: 4, documents: 0, tags: 0 });
      expect(notebook.listThemes()).toHaveLength(4);
    } finally {
      notebook.close();
    }
  });
});

describe('importing a bad REFI-QDA file', () => {
  const folder = useTemporaryFolder();

  async function refusal(bytes: Uint8Array, name: string): Promise<string> {
    const file = codedStudy(folder());
    const before = studyContents(file);
    const notebook = openAs(file, 'ana');
    const undo = notebook.historyState().undoLabel;
    try {
      await notebook.importRefi(bytes, name);
    } catch (error) {
      if (!isNotebookError(error)) throw error;
      expect(notebook.historyState().undoLabel).toBe(undo);
      notebook.close();
      expect(studyContents(file)).toEqual(before);
      return error.message;
    }
    notebook.close();
    throw new Error('imported');
  }

  const qde = (body: string) => `<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="P">${body}</Project>`;

  it('refuses what is not a zip, a damaged zip, and a zip without project.qde, changing nothing', async () => {
    expect(await refusal(strToU8('just some text'), 'a.qdpx')).toBe('a.qdpx is not a REFI-QDA project: it is not a zip archive, or the archive is damaged.');
    const good = zipSync({ 'project.qde': strToU8(qde('')) });
    const damaged = good.slice();
    // Garble the compressed data, keeping the archive's directory intact.
    for (let i = 40; i < 60; i += 1) damaged[i] = 0xff;
    expect(await refusal(damaged, 'b.qdpx')).toMatch(/^b\.qdpx is (damaged|not a REFI-QDA project)/);
    expect(await refusal(zipSync({ 'readme.txt': strToU8('hello') }), 'c.qdpx')).toBe('c.qdpx is not a REFI-QDA project: it has no project.qde.');
  });

  it('refuses a zip bomb from its declared sizes, before unpacking it', async () => {
    const bomb = zipSync({ 'project.qde': strToU8(qde('')), 'sources/a.txt': new Uint8Array(20 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    expect(await refusal(bomb, 'bomb.qdpx')).toBe('bomb.qdpx would unpack to far more than it holds (sources/a.txt), so Themata does not open it.');
  });

  it('refuses XML that is not well-formed, or is not a project or codebook', async () => {
    expect(await refusal(zipSync({ 'project.qde': strToU8('<Project name="x"><CodeBook></Project>') }), 'd.qdpx')).toMatch(/^d\.qdpx \(project\.qde\) is not well-formed XML \(line 1: <\/Project> closes <CodeBook>\)\.$/);
    expect(await refusal(strToU8('<Other/>'), 'e.qdc')).toBe('e.qdc is not a REFI-QDA codebook: it holds a Other, not a CodeBook.');
    expect(await refusal(new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0x3c, 0x2f, 0x61, 0x3e]), 'f.qdc')).toBe('f.qdc is not UTF-8 text, as REFI-QDA files are.');
  });
});
