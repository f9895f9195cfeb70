import { describe, expect, it } from 'vitest';
import { caught } from '../test-support/caught';
import { readMarkdownArticle } from './article-markdown';

const NOTES = `# Gas talks in *Istanbul*

Officials met on **Tuesday** to settle the [price dispute](https://example.org/gas "Gas") over deliveries.
The talks, said one of them, went well.

![The pipeline at Samsun](pipeline.jpg)

## What was agreed

- A lower price for \`Blue Stream\` deliveries.
- A review in two years:
  1. first by the ministers;
  2. then by parliament.

> Moscow denied it had threatened to cut supplies.

\`\`\`
price = base * 0.93
review = 2019
\`\`\`

<div class="note">An HTML block is not article text.</div>

---

See the [full statement][statement].

[statement]: https://example.org/statement
`;

describe('reading a Markdown file', () => {
  it('makes headings, paragraphs, list items, quotes and code lines into paragraphs without their markup', () => {
    const article = readMarkdownArticle(NOTES, 'notes.md');
    expect(article.text.trim().split('\n\n')).toEqual([
      'Gas talks in Istanbul',
      'Officials met on Tuesday to settle the price dispute over deliveries. The talks, said one of them, went well.',
      'What was agreed',
      'A lower price for Blue Stream deliveries.',
      'A review in two years:',
      'first by the ministers;',
      'then by parliament.',
      'Moscow denied it had threatened to cut supplies.',
      'price = base * 0.93',
      'review = 2019',
      'See the full statement.',
    ]);
    expect(article.text).not.toMatch(/pipeline\.jpg|Samsun|example\.org|HTML block|[*_#`[\]]{2}/);
  });

  it('takes a first-level heading at the top as the title', () => {
    expect(readMarkdownArticle(NOTES, 'notes.md').title).toBe('Gas talks in Istanbul');
    expect(readMarkdownArticle('Just a paragraph.\n\n# Later heading\n', 'plain.md').title).toBeUndefined();
  });

  it('refuses a file that is only markup, naming it', () => {
    expect(caught(() => readMarkdownArticle('![photo](a.jpg)\n\n---\n\n<div></div>\n', 'images.md'))).toEqual(
      expect.objectContaining({ code: 'file-empty', message: 'images.md has no text, only markup.' }),
    );
  });

  it('leaves front matter out of the text and takes its title, author and date as details', () => {
    const article = readMarkdownArticle('---\ntitle: "Gas talks, day two"\nauthor: Ayşe Demir\ndate: 2017-04-08T10:00:00Z\ntags:\n  - gas\n---\n\nThe talks went on.\n', 'day-two.md');
    expect(article).toEqual({ text: 'The talks went on.\n', title: 'Gas talks, day two', details: { author: 'Ayşe Demir', publishedOn: '2017-04-08' } });
  });
});
