import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { coderGuid } from '../guid';
import { useTemporaryFolder } from '../test-support/temporary-notebook';
import { openAs, codedStudy, schemaErrors, STUDY_TEXTS } from './refi-test-study';
import { child, children, parseXml, type XmlElement } from './xml';

function all(element: XmlElement, name: string): XmlElement[] {
  return [...(element.name === name ? [element] : []), ...element.children.flatMap((c) => all(c, name))];
}

describe('exporting a REFI-QDA project', () => {
  const folder = useTemporaryFolder();

  function exported() {
    const dir = folder();
    const notebook = openAs(codedStudy(dir), 'ana');
    try {
      const files = unzipSync(notebook.exportQdpx());
      return { dir, files, qde: strFromU8(files['project.qde']!), codebook: notebook.exportQdc(), again: notebook.exportQdpx(), first: notebook.exportQdpx() };
    } finally {
      notebook.close();
    }
  }

  it('writes a project.qde and a codebook that the standard\'s schemas accept', () => {
    const { dir, qde, codebook } = exported();
    expect(schemaErrors(qde, 'Project.xsd', dir)).toBe('');
    expect(schemaErrors(codebook, 'Codebook.xsd', dir)).toBe('');
    // The check can fail: a code without its required name is refused.
    expect(schemaErrors(qde.replace(/ name="Claims"/, ''), 'Project.xsd', dir)).toMatch(/name.*required|fails to validate/);
  });

  it('exports the same bytes twice, naming objects by the GUIDs the notebook keeps', () => {
    const { first, again, qde } = exported();
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    const guids = all(parseXml(qde, 'q'), 'TextSource').map((s) => s.attributes.get('guid'));
    expect(guids).toHaveLength(2);
    expect(new Set(guids).size).toBe(2);
  });

  it('nests codes as the codebook nests themes, with colour, description and the theme memo', () => {
    const root = parseXml(exported().qde, 'q');
    const codes = child(child(root, 'CodeBook')!, 'Codes')!;
    const tree = (code: XmlElement): unknown => ({ name: code.attributes.get('name'), color: code.attributes.get('color'), children: children(code, 'Code').map(tree) });
    expect(children(codes, 'Code').map(tree)).toEqual([
      { name: 'Claims', color: '#0072B2', children: [{ name: 'Missile claims', color: '#D55E00', children: [{ name: 'Counts', color: '#CC79A7', children: [] }] }] },
      { name: 'Trade & threats', color: '#009E73', children: [] },
    ]);
    expect(child(children(codes, 'Code')[0]!, 'Description')!.text).toBe('What each side asserted.');
    const tradeMemo = child(children(codes, 'Code')[1]!, 'NoteRef')!.attributes.get('targetGUID');
    const note = all(root, 'Note').find((n) => n.attributes.get('guid') === tradeMemo)!;
    expect(child(note, 'PlainTextContent')!.text).toBe('Trade memo.');
  });

  it('puts each source\'s text in sources/ and selects each tagged sentence by code points, with a coding by its coder', () => {
    const { qde, files } = exported();
    const root = parseXml(qde, 'q');
    const [report, astral] = all(root, 'TextSource');
    const path = report!.attributes.get('plainTextPath')!;
    expect(path).toBe(`internal://${report!.attributes.get('guid')}.txt`);
    expect(strFromU8(files[`sources/${report!.attributes.get('guid')}.txt`]!)).toBe(STUDY_TEXTS.report);
    expect(astral!.attributes.get('name')).toBe('Astral <signs> & "marks"');
    const points = [...STUDY_TEXTS.report];
    const selected = children(report!, 'PlainTextSelection').map((s) => points.slice(Number(s.attributes.get('startPosition')), Number(s.attributes.get('endPosition'))).join(''));
    expect(selected).toEqual([
      'Moscow said 23 missiles 🚀 reached the base.', 'Moscow said 23 missiles 🚀 reached the base.', 'The Pentagon disagreed.', 'Ankara threatened trade 🇹🇷 measures.',
    ]);
    const astralPoints = [...STUDY_TEXTS.astral];
    const astralSelections = children(astral!, 'PlainTextSelection').map((s) => astralPoints.slice(Number(s.attributes.get('startPosition')), Number(s.attributes.get('endPosition'))).join(''));
    // The tag on sentence 2, then the untagged note's selection on sentence 1 (the segmenter keeps the emoji with what follows it).
    expect(astralSelections).toEqual(['😀 Nobody knew why.', 'The 𠀋 sign was painted.']);
    const users = all(root, 'User').map((u) => [u.attributes.get('name'), u.attributes.get('guid')]);
    expect(users).toEqual([['ana', coderGuid('ana')], ['ben', coderGuid('ben')]]);
    const codings = all(root, 'Coding').map((c) => c.attributes.get('creatingUser'));
    expect(codings.filter((u) => u === coderGuid('ben'))).toHaveLength(1);
    expect(codings).toHaveLength(5);
  });

  it('links notes from their selection, memos from their document and the project, and details as variables on the source', () => {
    const root = parseXml(exported().qde, 'q');
    const notes = new Map(all(root, 'Note').map((n) => [n.attributes.get('guid'), child(n, 'PlainTextContent')!.text]));
    const [report] = all(root, 'TextSource');
    const selectionNotes = children(report!, 'PlainTextSelection').flatMap((s) => children(s, 'NoteRef')).map((r) => notes.get(r.attributes.get('targetGUID')));
    expect(selectionNotes).toEqual(['Compare with the *Pentagon* figure 🚀.']);
    expect(children(report!, 'NoteRef').map((r) => notes.get(r.attributes.get('targetGUID')))).toEqual(['A wire report.']);
    expect(children(root, 'NoteRef').map((r) => notes.get(r.attributes.get('targetGUID')))).toEqual(['The whole study.']);
    const variables = new Map(all(root, 'Variable').map((v) => [v.attributes.get('guid'), `${v.attributes.get('name')}:${v.attributes.get('typeOfVariable')}`]));
    const values = children(report!, 'VariableValue').map((v) => `${variables.get(child(v, 'VariableRef')!.attributes.get('targetGUID'))}=${v.children[1]!.text}`);
    expect(values).toEqual(['Outlet:Text=Reuters', 'Author:Text=J. Doe', 'Published:Date=2017-04-07', 'URL:Text=https://example.com/a', 'Language:Text=en', 'country:Text=Syria', 'stance:Text=neutral']);
  });

  it('refuses to export an empty codebook as .qdc', () => {
    const notebook = openAs(`${folder()}/Empty.themata`, 'ana');
    try {
      expect(() => notebook.exportQdc()).toThrow('The codebook has no themes to export.');
      expect(schemaErrors(strFromU8(unzipSync(notebook.exportQdpx())['project.qde']!), 'Project.xsd', folder())).toBe('');
    } finally {
      notebook.close();
    }
  });
});
