import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openAs, studyContents } from '../exchange/refi-test-study';
import { useTemporaryFolder } from '../test-support/temporary-notebook';

const MARIA = '{6F2E0A4C-1111-4A4A-8A8A-000000000001}';
const KOFI = '6f2e0a4c-1111-4a4a-8a8a-000000000002';
const SOURCE = '0A0A0A0A-2222-4B4B-9B9B-00000000000A';
const guid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
// Windows line endings in the other tool's copy: the text is the same article.
const TEXT = 'First sentence here. Second one follows.\r\n\r\nThird closes it.';
const at = (words: string) => TEXT.indexOf(words);

/** A project as another tool writes one: braced GUIDs, selections by two users, one with a stray space, one inside a sentence, a note by its author. */
function foreignProject(): Uint8Array {
  const selection = (n: number, start: number, end: number, inner: string, user = '') =>
    `<PlainTextSelection guid="${guid(n)}" startPosition="${start}" endPosition="${end}"${user ? ` creatingUser="${user}"` : ''}>${inner}</PlainTextSelection>`;
  const coding = (n: number, code: number, user: string) => `<Coding guid="${guid(n)}" creatingUser="${user}"><CodeRef targetGUID="${guid(code)}"/></Coding>`;
  const qde = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Field study" origin="Another tool">
  <Users><User guid="${MARIA}" name="Maria"/><User guid="${KOFI}" name="Kofi"/></Users>
  <CodeBook><Codes><Code guid="${guid(1)}" name="claims" isCodable="true"/><Code guid="${guid(2)}" name="Places" isCodable="true" color="#336699"/></Codes></CodeBook>
  <Sources>
    <TextSource guid="${SOURCE}" name="Interview A" plainTextPath="internal://${SOURCE}.txt">
      ${selection(10, at('Second'), at('Third') - 2, coding(11, 1, MARIA))}
      ${selection(12, at('sentence'), at('here') + 4, coding(13, 2, KOFI))}
      ${selection(14, at('Second'), TEXT.length, coding(15, 1, KOFI))}
      ${selection(16, at('Third'), TEXT.length, `<NoteRef targetGUID="${guid(20)}"/>`)}
    </TextSource>
  </Sources>
  <Notes><Note guid="${guid(20)}" name="On the end" creatingUser="${KOFI}"><PlainTextContent>Kofi: a closing line.</PlainTextContent></Note></Notes>
</Project>`;
  return zipSync({ 'project.qde': strToU8(qde), [`sources/${SOURCE}.txt`]: strToU8(TEXT) });
}

describe('another tool’s project merged', () => {
  const folder = useTemporaryFolder();

  it('adds each user’s codings under their name on the whole sentences they cover, and leaves out one inside a sentence', async () => {
    const home = folder();
    const mine = path.join(home, 'Mine.themata');
    const notebook = openAs(mine, 'ana');
    notebook.importDocument({ title: 'Interview', text: TEXT.replace(/\r\n/g, '\n'), sourceName: null });
    notebook.addTheme({ name: 'Claims' });
    const file = path.join(home, 'Field study.qdpx');
    fs.writeFileSync(file, foreignProject());
    const report = await notebook.merge(file);
    notebook.close();
    expect(report).toMatchObject({
      matched: { documents: 1, themes: 1 },
      added: { documents: [], themes: ['Places'], tags: 3, notes: 1, coders: [{ coder: 'Kofi', tags: 2, notes: 1 }, { coder: 'Maria', tags: 1, notes: 0 }] },
      leftOut: [{ what: 'tags', count: 1, reason: 'their range does not match the sentences of “Interview”' }],
    });
    const contents = studyContents(mine) as { tags: { ordinal: number; name: string; coder: string }[]; notes: { ordinal: number; body: string }[] };
    expect(contents.tags.map((t) => `${t.ordinal} ${t.name} ${t.coder}`).sort()).toEqual(['2 Claims Kofi', '2 Claims Maria', '3 Claims Kofi']);
    expect(contents.notes.map((n) => `${n.ordinal} ${n.body}`)).toEqual(['3 Kofi: a closing line.']);
  });
});
