import { describe, expect, it } from 'vitest';
import { isNotebookError } from '../notebook-error';
import { child, children, escapeAttribute, escapeText, parseXml, XmlWriter } from './xml';

function refusal(source: string): string {
  try {
    parseXml(source, 'project.qde');
  } catch (error) {
    if (isNotebookError(error)) return error.message;
    throw error;
  }
  throw new Error('parsed');
}

describe('writing XML', () => {
  it('escapes markup, quotes and the characters XML cannot hold, and reads back what it wrote exactly', () => {
    const tricky = 'Tom & "Jerry" <b>bold</b> ]]> 🦜\u0007 line\nbreak\ttab\r\n';
    const xml = new XmlWriter().start('Project', { name: tricky }).text('Description', tricky).end().toString();
    expect(xml).not.toContain('\u0007');
    const root = parseXml(xml, 'x');
    const expected = tricky.replace('\u0007', '\uFFFD');
    expect(root.attributes.get('name')).toBe(expected);
    expect(child(root, 'Description')!.text).toBe(expected);
  });

  it('leaves out attributes without a value and refuses to end what is not open', () => {
    expect(new XmlWriter().empty('Code', { guid: 'g', color: null, isCodable: true }).toString()).toContain('<Code guid="g" isCodable="true"/>');
    expect(() => new XmlWriter().end()).toThrow();
    expect(() => new XmlWriter().start('A').toString()).toThrow(/still open/);
  });

  it('replaces lone surrogates, which would make the file unreadable', () => {
    expect(escapeText('a\uD800b')).toBe('a\uFFFDb');
    expect(escapeAttribute('😀')).toBe('😀');
  });
});

describe('reading XML', () => {
  it('reads elements by local name, attributes, entities, character references and CDATA', () => {
    const root = parseXml(
      '\uFEFF<?xml version="1.0"?>\n<!-- made by a tool -->\n<q:Project xmlns:q="urn:QDA-XML:project:1.0" name=\'A &amp; B\'>' +
        '<q:Description>&lt;x&gt; &#233;&#x1F600;<![CDATA[<raw> & text]]></q:Description><Empty/></q:Project>',
      'p',
    );
    expect(root.name).toBe('Project');
    expect(root.attributes.get('name')).toBe('A & B');
    expect(child(root, 'Description')!.text).toBe('<x> é😀<raw> & text');
    expect(children(root, 'Empty')).toHaveLength(1);
  });

  it('refuses what is not well-formed, naming the line', () => {
    expect(refusal('<a><b></a>')).toMatch(/project\.qde is not well-formed XML \(line 1: <\/a> closes <b>\)/);
    expect(refusal('<a>\n<b>')).toMatch(/line 2: <b> is never closed/);
    expect(refusal('<a x="1" x="2"/>')).toMatch(/given twice/);
    expect(refusal('<a>&nbsp;</a>')).toMatch(/unknown entity/);
    expect(refusal('<a>&#0;</a>')).toMatch(/character reference/);
    expect(refusal('<a/><b/>')).toMatch(/second root/);
    expect(refusal('')).toMatch(/no root element/);
    expect(refusal('PK\u0003\u0004')).toMatch(/text outside the root/);
    expect(refusal('<a x=1/>')).toMatch(/not quoted/);
  });

  it('refuses a document type that declares entities (an entity bomb)', () => {
    const bomb = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><Project>&lol2;</Project>';
    expect(refusal(bomb)).toMatch(/document type with its own declarations/);
  });
});
