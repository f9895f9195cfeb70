import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { NoteMarkdown } from './note-markdown';

const html = (body: string) => renderToStaticMarkup(<NoteMarkdown body={body} openLink={() => {}} />);

describe('a note shown as its Markdown', () => {
  it('shows emphasis, lists, code and links as formatting', () => {
    expect(html('Compare *this*:\n\n- 59 **fired**\n- `23` [arrived](https://example.org/a)')).toBe(
      '<div class="note-body note-markdown"><p>Compare <em>this</em>:</p><ul><li><p>59 <strong>fired</strong></p></li>' +
        '<li><p><code>23</code> <a href="https://example.org/a" title="https://example.org/a">arrived</a></p></li></ul></div>',
    );
  });

  it('keeps a typed line break, as Obsidian shows it', () => {
    expect(html('first\nsecond')).toBe('<div class="note-body note-markdown"><p><span>first<br/>second</span></p></div>');
  });

  it('shows raw HTML as text, never as elements', () => {
    const shown = html('<script>alert(1)</script>\n\nand <img src=x onerror=alert(1)>');
    expect(shown).not.toContain('<script');
    expect(shown).not.toContain('<img');
    expect(shown).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('makes only web links links', () => {
    expect(html('[run](javascript:alert(1)) [file](file:///etc/passwd)')).toBe('<div class="note-body note-markdown"><p><span>run</span> <span>file</span></p></div>');
  });

  it('shows a heading as a bold line, not a section of the reader', () => {
    expect(html('# Caveat')).toBe('<div class="note-body note-markdown"><p class="note-heading"><strong>Caveat</strong></p></div>');
  });
});
