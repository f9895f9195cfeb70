import { describe, expect, it } from 'vitest';
import { caught } from './test-support/caught';
import { useTemporaryNotebook } from './test-support/temporary-notebook';

const ARTICLE = 'Moscow denies the strike hit civilians. Ankara disagreed.\n\nTalks were planned for Friday.';

describe('document details', () => {
  const open = useTemporaryNotebook();

  function study() {
    const nb = open();
    const first = nb.importDocument({ title: 'Moscow denies civilian casualties after the strike on Idlib province', text: ARTICLE, sourceName: 'a.txt' });
    const second = nb.importDocument({ title: 'Ankara weighs trade limits', text: 'Erdogan warned. Gas prices rose.', sourceName: null });
    return { nb, first: first.id, second: second.id };
  }

  it('starts empty, and keeps every detail and attribute that is set, as the documents list shows them', () => {
    const { nb, first } = study();
    expect(nb.documentDetails(first)).toEqual({
      title: 'Moscow denies civilian casualties after the strike on Idlib province',
      outlet: null, author: null, publishedOn: null, url: null, language: null, attributes: [],
    });
    nb.setDocumentDetails(first, {
      title: '  Moscow denies casualties ',
      outlet: 'Reuters', author: 'J. Doe', publishedOn: '2017-04-07', url: 'https://example.org/strike', language: 'en',
      attributes: { stance: 'denial', Country: 'Russia' },
    });
    const expected = {
      title: 'Moscow denies casualties', outlet: 'Reuters', author: 'J. Doe', publishedOn: '2017-04-07', url: 'https://example.org/strike',
      language: 'en', attributes: [{ key: 'Country', value: 'Russia' }, { key: 'stance', value: 'denial' }],
    };
    expect(nb.documentDetails(first)).toEqual(expected);
    expect(nb.listDocuments()[0]).toMatchObject(expected);
    expect(nb.listDocuments()[1]).toMatchObject({ outlet: null, attributes: [] });
  });

  it('records each change as one undoable step that names the document, and undo restores the details exactly', () => {
    const { nb, first } = study();
    nb.setDocumentDetails(first, { outlet: 'Reuters' });
    expect(nb.historyState().undoLabel).toBe('Set outlet of ‘Moscow denies civilian casualties after…’');
    nb.setDocumentDetails(first, { publishedOn: '2017-04-07', attributes: { wave: '1' } });
    expect(nb.historyState().undoLabel).toBe('Set details of ‘Moscow denies civilian casualties after…’');
    nb.undo();
    expect(nb.documentDetails(first)).toMatchObject({ outlet: 'Reuters', publishedOn: null, attributes: [] });
    nb.undo();
    expect(nb.documentDetails(first).outlet).toBeNull();
    nb.redo();
    nb.redo();
    expect(nb.documentDetails(first)).toMatchObject({ outlet: 'Reuters', publishedOn: '2017-04-07', attributes: [{ key: 'wave', value: '1' }] });
  });

  it('undoes typing into one detail as one step, from before the first keystroke', () => {
    const { nb, first } = study();
    nb.setDocumentDetails(first, { outlet: 'R' });
    nb.setDocumentDetails(first, { outlet: 'Reu' });
    nb.setDocumentDetails(first, { outlet: 'Reuters' });
    nb.setDocumentDetails(first, { author: 'Jo' });
    nb.undo();
    expect(nb.documentDetails(first)).toMatchObject({ outlet: 'Reuters', author: null });
    nb.undo();
    expect(nb.documentDetails(first).outlet).toBeNull();
    expect(nb.historyState().canUndo).toBe(true); // the imports remain
  });

  it('renaming a title changes only the title, and is named by the old one', () => {
    const { nb, second } = study();
    nb.setDocumentDetails(second, { title: 'Turkey weighs trade limits' });
    expect(nb.historyState().undoLabel).toBe('Set title of ‘Ankara weighs trade limits’');
    expect(nb.listDocuments()[1]!.title).toBe('Turkey weighs trade limits');
  });

  it('clears a detail with null or blank text, and an attribute with an empty value', () => {
    const { nb, first } = study();
    nb.setDocumentDetails(first, { outlet: 'Reuters', language: 'en', attributes: { country: 'Russia', stance: 'denial' } });
    nb.setDocumentDetails(first, { outlet: '  ', language: null, attributes: { COUNTRY: '', stance: null } });
    expect(nb.documentDetails(first)).toMatchObject({ outlet: null, language: null, attributes: [] });
  });

  it('merges attributes by key ignoring case, and renames one keeping its value', () => {
    const { nb, first } = study();
    nb.setDocumentDetails(first, { attributes: { country: 'Russia' } });
    nb.setDocumentDetails(first, { attributes: { Country: 'Syria' } });
    expect(nb.documentDetails(first).attributes).toEqual([{ key: 'Country', value: 'Syria' }]);
    nb.renameAttribute(first, 'country', 'Place');
    expect(nb.documentDetails(first).attributes).toEqual([{ key: 'Place', value: 'Syria' }]);
    expect(nb.historyState().undoLabel).toBe('Rename attribute Country of ‘Moscow denies civilian casualties after…’');
    nb.setDocumentDetails(first, { attributes: { wave: '2' } });
    expect(caught(() => nb.renameAttribute(first, 'wave', 'place'))).toMatchObject({ code: 'conflict', message: expect.stringContaining('already has an attribute "place"') });
    expect(caught(() => nb.renameAttribute(first, 'stance', 'x')).code).toBe('not-found');
  });

  it.each([
    [{ publishedOn: '2017-02-30' }, '"2017-02-30" is not a date; write it as YYYY-MM-DD, for example 2017-04-07.'],
    [{ publishedOn: '7 April 2017' }, '"7 April 2017" is not a date; write it as YYYY-MM-DD, for example 2017-04-07.'],
    [{ url: 'example.org/strike' }, '"example.org/strike" is not a web address; a URL starts with http:// or https://.'],
    [{ url: 'javascript:alert(1)' }, '"javascript:alert(1)" is not a web address; a URL starts with http:// or https://.'],
    [{ title: '   ' }, 'A document needs a title.'],
    [{ outlet: 'Reuters\nAP' }, 'The outlet cannot contain line breaks, tabs or other control characters.'],
    [{ author: 'x'.repeat(501) }, 'The author is at most 500 characters.'],
    [{ attributes: { 'a=b': 'x' } }, '"a=b" cannot name an attribute: a name has no "=", line breaks or other control characters.'],
    [{ attributes: { outlet: 'x' } }, '"outlet" is already one of a document\'s details; give the attribute another name.'],
    [{ attributes: { ' ': 'x' } }, 'An attribute needs a name, such as country or stance.'],
    [{ outlet: 'Reuters', attributes: { country: 'Russia\tSyria' } }, 'The value of country cannot contain line breaks, tabs or other control characters.'],
  ])('refuses %j with one clear sentence and changes nothing', (patch, message) => {
    const { nb, first } = study();
    const details = nb.documentDetails(first);
    const history = nb.historyState();
    expect(caught(() => nb.setDocumentDetails(first, patch))).toMatchObject({ code: 'invalid-input', message });
    expect(nb.documentDetails(first)).toEqual(details);
    expect(nb.historyState()).toEqual(history);
  });

  it('refuses a document that is not in the notebook, or was removed', () => {
    const { nb, second } = study();
    expect(caught(() => nb.setDocumentDetails(99, { outlet: 'x' }))).toMatchObject({ code: 'not-found', message: 'There is no document 99 in this notebook.' });
    nb.deleteDocument(second);
    expect(caught(() => nb.documentDetails(second)).code).toBe('not-found');
  });

  it('finds the documents whose details match every condition, ignoring case, within an inclusive date range', () => {
    const { nb, first, second } = study();
    const third = nb.importDocument({ title: 'Hotline suspended', text: 'Talks on the hotline were suspended.', sourceName: null }).id;
    nb.setDocumentDetails(first, { outlet: 'Reuters', publishedOn: '2017-04-07', language: 'en', attributes: { country: 'Russia' } });
    nb.setDocumentDetails(second, { outlet: 'reuters', publishedOn: '2017-04-09', author: 'A. B.', attributes: { country: 'Turkey' } });
    nb.setDocumentDetails(third, { outlet: 'TASS', publishedOn: '2017-04-08', language: 'ru', attributes: { country: 'russia' } });
    expect(nb.documentsMatching({})).toEqual([first, second, third]);
    expect(nb.documentsMatching({ outlet: 'REUTERS' })).toEqual([first, second]);
    expect(nb.documentsMatching({ publishedFrom: '2017-04-08' })).toEqual([second, third]);
    expect(nb.documentsMatching({ publishedFrom: '2017-04-07', publishedTo: '2017-04-08' })).toEqual([first, third]);
    expect(nb.documentsMatching({ attributes: [{ key: 'Country', value: 'RUSSIA' }] })).toEqual([first, third]);
    expect(nb.documentsMatching({ outlet: 'Reuters', attributes: [{ key: 'country', value: 'Turkey' }] })).toEqual([second]);
    expect(nb.documentsMatching({ author: 'a. b.', language: 'en' })).toEqual([]);
    expect(nb.documentsMatching({ language: 'ru' })).toEqual([third]);
    nb.deleteDocument(third);
    expect(nb.documentsMatching({ language: 'ru' })).toEqual([]);
    expect(caught(() => nb.documentsMatching({ publishedFrom: 'April' })).code).toBe('invalid-input');
  });
});
