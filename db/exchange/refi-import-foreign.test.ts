import { Document, Packer, Paragraph } from 'docx';
import { strToU8, zipSync } from 'fflate';
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTemporaryFolder } from '../test-support/temporary-notebook';
import { openAs, schemaErrors } from './refi-test-study';

const USER_A = '{6F2E0A4C-1111-4A4A-8A8A-000000000001}';
const USER_B = '6f2e0a4c-1111-4a4a-8a8a-000000000002';
const SOURCE_A = '0A0A0A0A-2222-4B4B-9B9B-00000000000A';
const SOURCE_B = '0B0B0B0B-2222-4B4B-9B9B-00000000000B';
const guid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const TEXT_A = 'First sentence here. Second one follows. Third closes it.';
const DEPTH = 300;
const SIBLINGS = 150;

/** A project as another tool writes one: braced upper-case GUIDs, a path without internal://, text kept in a .docx, codes nested 300 deep. */
async function foreignProject(): Promise<{ qde: string; archive: Uint8Array }> {
  let nested = '';
  for (let level = DEPTH; level >= 1; level -= 1) nested = `<Code guid="${guid(level)}" name="Level ${level}" isCodable="true" color="#${level % 2 ? 'f00' : '00FF00'}">${nested}</Code>`;
  const siblings = Array.from({ length: SIBLINGS }, (_, i) => `<Code guid="${guid(1000 + i)}" name="Sibling ${i}" isCodable="${i === 0 ? 'false' : 'true'}"/>`).join('');
  const start = TEXT_A.indexOf('sentence');
  const end = TEXT_A.indexOf('follows');
  const qde = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Field study" origin="Another tool">
  <Users><User guid="${USER_A}" name="Maria"/><User guid="${USER_B}" name="Kofi"/></Users>
  <CodeBook><Codes>${nested}${siblings}</Codes></CodeBook>
  <Variables><Variable guid="${guid(2001)}" name="Date" typeOfVariable="Date"/><Variable guid="${guid(2002)}" name="Country" typeOfVariable="Text"/></Variables>
  <Cases><Case guid="${guid(3001)}" name="Case A"><CodeRef targetGUID="${guid(1)}"/><VariableValue><VariableRef targetGUID="${guid(2002)}"/><TextValue>Ghana</TextValue></VariableValue><SourceRef targetGUID="${SOURCE_A}"/></Case></Cases>
  <Sources>
    <TextSource guid="${SOURCE_A}" name="Interview A" plainTextPath="${SOURCE_A}.txt">
      <PlainTextSelection guid="${guid(4001)}" startPosition="${start}" endPosition="${end}" creatingUser="${USER_A}">
        <Coding guid="${guid(4002)}" creatingUser="${USER_A}"><CodeRef targetGUID="${guid(DEPTH)}"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="${guid(4003)}" startPosition="${TEXT_A.indexOf('Third')}" endPosition="${TEXT_A.length}">
        <Coding guid="${guid(4004)}" creatingUser="${USER_B}"><CodeRef targetGUID="${guid(1001)}"/></Coding>
        <Coding guid="${guid(4005)}" creatingUser="${USER_B}"><CodeRef targetGUID="${guid(9999)}"/></Coding>
        <NoteRef targetGUID="${guid(5001)}"/>
      </PlainTextSelection>
      <Coding guid="${guid(4006)}"><CodeRef targetGUID="${guid(1)}"/></Coding>
      <VariableValue><VariableRef targetGUID="${guid(2001)}"/><DateValue>2019-03-18</DateValue></VariableValue>
    </TextSource>
    <TextSource guid="${SOURCE_B}" name="Interview B" plainTextPath="internal://${SOURCE_B}.txt" richTextPath="internal://${SOURCE_B}.docx"/>
    <PDFSource guid="${guid(6001)}" name="Scan.pdf" path="internal://${guid(6001)}.pdf"/>
  </Sources>
  <Notes>
    <Note guid="${guid(5001)}" name="On the end"><PlainTextContent>Kofi's note.</PlainTextContent></Note>
    <Note guid="${guid(5002)}" name="Journal"><PlainTextContent>A journal entry.</PlainTextContent></Note>
  </Notes>
  <Sets><Set guid="${guid(7001)}" name="Interviews"><MemberSource targetGUID="${SOURCE_A}"/></Set></Sets>
</Project>`;
  const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Text kept only in Word. It has two sentences.')] }] }));
  const archive = zipSync({
    'project.qde': strToU8(qde),
    [`sources/${SOURCE_A}.txt`]: strToU8(TEXT_A),
    [`sources/${SOURCE_B}.txt`]: new Uint8Array(0),
    [`sources/${SOURCE_B}.docx`]: new Uint8Array(docx),
    [`sources/${guid(6001)}.pdf`]: strToU8('%PDF-1.4'),
  });
  return { qde, archive };
}

describe('importing a REFI-QDA project written by another tool', () => {
  const folder = useTemporaryFolder();

  it('follows the standard: the fixture itself validates against Project.xsd', async () => {
    expect(schemaErrors((await foreignProject()).qde, 'Project.xsd', folder())).toBe('');
  });

  it('reads every source, nests hundreds of codes, makes its users coders and reports what it could not hold', async () => {
    const { archive } = await foreignProject();
    const file = path.join(folder(), 'Field.themata');
    const notebook = openAs(file, 'zoe');
    let report;
    try {
      report = await notebook.importRefi(archive, 'Field study.qdpx');
      const [a, b] = notebook.listDocuments();
      expect([a!.title, b!.title]).toEqual(['Interview A', 'Interview B']);
      expect(notebook.listSentences(b!.id, { offset: 0, limit: 10 }).sentences.map((s) => s.text)).toEqual(['Text kept only in Word.', 'It has two sentences.']);
      expect(notebook.documentDetails(a!.id)).toMatchObject({ publishedOn: '2019-03-18', attributes: [{ key: 'Country', value: 'Ghana' }] });
      const themes = notebook.listThemes();
      expect(themes).toHaveLength(DEPTH + SIBLINGS);
      const byName = new Map(themes.map((t) => [t.name, t]));
      expect(byName.get(`Level ${DEPTH}`)!.parentId).toBe(byName.get(`Level ${DEPTH - 1}`)!.id);
      expect([byName.get('Level 1')!.colour, byName.get('Level 2')!.colour]).toEqual(['#FF0000', '#00FF00']);
    } finally {
      notebook.close();
    }
    expect(report).toMatchObject({ documents: 2, themes: DEPTH + SIBLINGS, tags: 3, notes: 1, coders: ['Kofi', 'Maria'], selections: 2, selectionsOffSentenceBoundaries: 1 });
    expect(report.notRepresented).toEqual([
      '1 code marked as not for coding became themes you can tag with',
      '1 PDF source left out, with their codings (Themata reads text): “Scan.pdf”',
      '1 code of a case left out (Themata codes sentences, not cases)',
      '1 set left out (Themata has no sets)',
      '1 coding of a whole source left out (Themata tags sentences)',
      '1 coding naming a code the file does not have left out',
      '1 note attached to nothing Themata holds added to the notebook memo',
    ]);
    const db = new Database(file, { readonly: true });
    try {
      // The selection from inside sentence 1 to inside sentence 2 tags both, by Maria; the third sentence is Kofi's, with his note.
      expect(db.prepare(`SELECT s.ordinal, th.name, t.coder FROM tags t JOIN sentences s ON s.id = t.sentence_id JOIN themes th ON th.id = t.theme_id ORDER BY s.ordinal`).raw().all())
        .toEqual([[1, `Level ${DEPTH}`, 'Maria'], [2, `Level ${DEPTH}`, 'Maria'], [3, 'Sibling 1', 'Kofi']]);
      expect(db.prepare('SELECT body FROM notes').pluck().all()).toEqual(["Kofi's note."]);
      expect(db.prepare('SELECT body FROM memos WHERE document_id IS NULL AND theme_id IS NULL').pluck().all()).toEqual(['A journal entry.']);
      // Objects keep the file's GUIDs, read case-insensitively and without braces.
      expect(db.prepare('SELECT guid FROM documents ORDER BY id').pluck().all()).toEqual([SOURCE_A.toLowerCase(), SOURCE_B.toLowerCase()]);
    } finally {
      db.close();
    }
  });

  it('exports the deep codebook it imported as a valid .qdc, nested as deep', async () => {
    const notebook = openAs(path.join(folder(), 'Deep.themata'), 'zoe');
    try {
      await notebook.importRefi((await foreignProject()).archive, 'Field study.qdpx');
      const codebook = notebook.exportQdc();
      expect(schemaErrors(codebook, 'Codebook.xsd', folder())).toBe('');
      expect(codebook.match(/<\/Code>/g)?.length).toBe(DEPTH + SIBLINGS);
      expect(codebook).toContain(`${'  '.repeat(DEPTH + 1)}<Code guid="${guid(DEPTH)}" name="Level ${DEPTH}"`);
    } finally {
      notebook.close();
    }
  });

  it('imports a codebook (.qdc) written by another tool: nested codes, short colours, a set reported', async () => {
    const qdc = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Another tool">
  <Codes>
    <Code guid="{${guid(8001).toUpperCase()}}" name="Emotions" isCodable="false" color="#abc">
      <Description>Feelings voiced.</Description>
      <Code guid="${guid(8002)}" name="Fear" isCodable="true"/>
      <Code guid="${guid(8003)}" name="2019" isCodable="true"/>
    </Code>
  </Codes>
  <Sets><Set guid="${guid(8100)}" name="Core"><MemberCode guid="${guid(8002)}"/></Set></Sets>
</CodeBook>`;
    expect(schemaErrors(qdc, 'Codebook.xsd', folder())).toBe('');
    const notebook = openAs(path.join(folder(), 'Codes.themata'), 'zoe');
    try {
      const report = await notebook.importRefi(new TextEncoder().encode(qdc), 'Codes.qdc');
      expect(report).toMatchObject({ themes: 3, documents: 0, tags: 0 });
      expect(report.notRepresented).toEqual([
        '1 code marked as not for coding became themes you can tag with',
        '1 set of codes left out (Themata has no sets)',
        '1 code renamed, since theme names are unique and not only digits: “2019” as “Code 2019”',
      ]);
      const themes = notebook.listThemes();
      expect(themes.map((t) => [t.name, t.colour, t.parentId === null ? null : themes.find((p) => p.id === t.parentId)!.name])).toEqual([
        ['Emotions', '#AABBCC', null], ['Fear', expect.stringMatching(/^#[0-9A-F]{6}$/), 'Emotions'], ['Code 2019', expect.stringMatching(/^#[0-9A-F]{6}$/), 'Emotions'],
      ]);
      expect(themes[0]!.description).toBe('Feelings voiced.');
    } finally {
      notebook.close();
    }
  });
});
