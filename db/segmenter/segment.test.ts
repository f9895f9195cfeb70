import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentParagraph, segmentText } from './segment';

const texts = (input: string) => segmentText(input).map((s) => s.text);

describe('sentence boundaries', () => {
  it('ends sentences at periods, question marks and exclamation marks', () => {
    expect(texts('He left. Did she stay? She did! Good.')).toEqual(['He left.', 'Did she stay?', 'She did!', 'Good.']);
  });

  it('keeps runs of ?! with their sentence', () => {
    expect(texts('Hello?! Is that you?? Yes!!')).toEqual(['Hello?!', 'Is that you??', 'Yes!!']);
  });

  it('does not split before a lower-case word: "Yahoo! in", "co. at"', () => {
    expect(texts('She works at Yahoo! in the accounting department.')).toHaveLength(1);
    expect(texts('Were Jane and co. at the party?')).toHaveLength(1);
  });

  it('splits sentences written without a space between them', () => {
    expect(texts('Hello world.Today is Tuesday.Mr. Smith bought 1,000.That is a lot.')).toEqual([
      'Hello world.',
      'Today is Tuesday.',
      'Mr. Smith bought 1,000.',
      'That is a lot.',
    ]);
  });
});

describe('abbreviations', () => {
  it('never ends a sentence at a title: Mr., Mrs., Dr., Gen., Sen., Rep., Gov., Lt., Col.', () => {
    const input = 'Mr. Li, Mrs. Li, Dr. Khan, Gen. Carter, Sen. Lopez, Rep. Ward, Gov. Hale, Lt. Ross and Col. Dunn met.';
    expect(texts(input)).toEqual([input]);
  });

  it('keeps U.S. and U.N. inside a sentence before a name or a lower-case word', () => {
    expect(texts('I work for the U.S. Government in Virginia.')).toHaveLength(1);
    expect(texts('The U.N. Security Council met with U.S. officials.')).toHaveLength(1);
    expect(texts('I have lived in the U.S. for 20 years.')).toHaveLength(1);
  });

  it('ends a sentence at U.S. when a typical sentence opener follows', () => {
    expect(texts('I live in the U.S. How about you?')).toEqual(['I live in the U.S.', 'How about you?']);
    expect(texts('He was born in the U.S. He moved to Paris.')).toEqual(['He was born in the U.S.', 'He moved to Paris.']);
  });

  it('keeps a sentence that begins with U.S. whole', () => {
    expect(texts('U.S. Secretary of Defense Ashton Carter said so. Russia denied it.')).toEqual([
      'U.S. Secretary of Defense Ashton Carter said so.',
      'Russia denied it.',
    ]);
  });

  it('keeps month abbreviations before a date, and ends at one before a new sentence', () => {
    for (const month of ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']) {
      expect(texts(`The vote on ${month} 5 was close.`)).toHaveLength(1);
    }
    expect(texts('It was signed in Jan. It expired in Dec.')).toEqual(['It was signed in Jan.', 'It expired in Dec.']);
  });

  it('reads a.m. and p.m. as a boundary only where a sentence can end', () => {
    expect(texts('At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.')).toEqual([
      'At 5 a.m. Mr. Smith went to the bank.',
      'He left the bank at 6 P.M.',
      'Mr. Smith then went to the store.',
    ]);
    expect(texts('The talks began at 10 a.m. on Friday.')).toHaveLength(1);
  });

  it('keeps No., St., Inc., Ltd., Co., Corp., vs., e.g. and i.e. inside a sentence', () => {
    for (const input of [
      'The No. 1 seed lost.',
      'St. Michael’s Church is on 5th st. near the light.',
      'Acme Inc. and Widget Ltd. merged.',
      'They closed the deal with Pitt, Briggs & Co. at noon.',
      'Apple Corp. Chairman Tim Smith resigned.',
      'Roe vs. Wade was decided in 1973.',
      'Bring fruit, e.g. Apples, and bread, i.e. Something filling.',
    ]) {
      expect(texts(input)).toEqual([input]);
    }
  });

  it('ends a sentence at Co. or etc. when a new sentence follows', () => {
    expect(texts('They closed the deal with Pitt, Briggs & Co. It closed yesterday.')).toEqual([
      'They closed the deal with Pitt, Briggs & Co.',
      'It closed yesterday.',
    ]);
    expect(texts('They sold fruit, bread, etc. Officials were pleased.')).toEqual(['They sold fruit, bread, etc.', 'Officials were pleased.']);
  });

  it('keeps initials with their name: "J. R. R. Tolkien", "Albert I. Jones"', () => {
    expect(texts('J. R. R. Tolkien wrote it. Jonas E. Smith read it.')).toEqual(['J. R. R. Tolkien wrote it.', 'Jonas E. Smith read it.']);
    expect(texts('We make a good team, you and I. Did you see Albert I. Jones yesterday?')).toEqual([
      'We make a good team, you and I.',
      'Did you see Albert I. Jones yesterday?',
    ]);
  });

  it('does not read a lone abbreviation as a sentence', () => {
    expect(texts('Gen. Smith spoke. Sen. Lopez replied.')).toEqual(['Gen. Smith spoke.', 'Sen. Lopez replied.']);
  });
});

describe('numbers, addresses and ellipses', () => {
  it('does not split at decimal points or thousands separators: 3.14, $1.5, 1,500', () => {
    expect(texts('Pi is 3.14 and the deal is worth $1.5 billion, or 1,500 million.')).toHaveLength(1);
    expect(texts('She has $100.00. It is in her bag.')).toEqual(['She has $100.00.', 'It is in her bag.']);
  });

  it('starts a sentence with a number after an ordinary word, not after an abbreviation', () => {
    expect(texts('The war began in 2011. 2012 was worse.')).toEqual(['The war began in 2011.', '2012 was worse.']);
    for (const input of ['Please turn to p. 55.', 'He paid Rs. 500 for it.', 'The vote on Jan. 5 was close.', 'He is No. 5 on the list.']) {
      expect(texts(input)).toEqual([input]);
    }
    expect(texts('You can find it at N°. 1026.253.553. That is where the treasure is.')).toEqual([
      'You can find it at N°. 1026.253.553.',
      'That is where the treasure is.',
    ]);
  });

  it('does not split inside URLs and e-mail addresses', () => {
    expect(texts('The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.')).toEqual([
      'The site is: https://www.example.50.com/new-site/awesome_content.html.',
      'Please check it out.',
    ]);
    expect(texts('Her email is Jane.Doe@example.com. I sent her an email.')).toEqual([
      'Her email is Jane.Doe@example.com.',
      'I sent her an email.',
    ]);
  });

  it('does not split at an ellipsis inside a sentence', () => {
    const input = 'I wasn’t really ... well, what I mean...see . . . what I’m saying, the thing is . . . I didn’t mean it.';
    expect(texts(input)).toEqual([input]);
    expect(texts('"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).')).toHaveLength(1);
  });

  it('ends a sentence at a four-dot ellipsis, keeping the dots with the right sentence', () => {
    expect(texts('I never meant that.... She left the store.')).toEqual(['I never meant that....', 'She left the store.']);
    expect(texts('They combined words into compounds. . . . The practice was not abandoned. . . .')).toEqual([
      'They combined words into compounds.',
      '. . . The practice was not abandoned. . . .',
    ]);
    expect(texts('Indicate the end with a period . . . . Next sentence.')).toEqual([
      'Indicate the end with a period . . . .',
      'Next sentence.',
    ]);
  });
});

describe('quotes, parentheses and lists', () => {
  it('keeps a closing quote or bracket with the sentence it closes', () => {
    expect(texts('Le Drian said “it will not be the last”. Others agreed.')).toEqual([
      'Le Drian said “it will not be the last”.',
      'Others agreed.',
    ]);
    expect(texts('She turned to him, "This is great." She held the book out.')).toEqual([
      'She turned to him, "This is great."',
      'She held the book out.',
    ]);
    expect(texts('He waited (as he always did.) Then he left.')).toEqual(['He waited (as he always did.)', 'Then he left.']);
  });

  it('does not split at a quotation or parenthesis that the sentence continues after', () => {
    expect(texts("She turned to him, 'This is great.' she said.")).toHaveLength(1);
    expect(texts('He teaches science (He previously worked for 5 years as an engineer.) at the local University.')).toHaveLength(1);
  });

  it('splits numbered, lettered and bulleted list items', () => {
    expect(texts('1.) The first item 2.) The second item')).toEqual(['1.) The first item', '2.) The second item']);
    expect(texts('1. The first item. 2. The second item.')).toEqual(['1. The first item.', '2. The second item.']);
    expect(texts('a. The first item b. The second item c. The third')).toEqual(['a. The first item', 'b. The second item', 'c. The third']);
    expect(texts('• 9. The first item • 10. The second item')).toEqual(['• 9. The first item', '• 10. The second item']);
  });

  it('does not read a number in running text as a list item', () => {
    expect(texts('Version 1. Later came version 2. It was better.')).toEqual(['Version 1.', 'Later came version 2.', 'It was better.']);
  });
});

describe('paragraphs and offsets', () => {
  it('segments each line on its own and never crosses a line break', () => {
    const spans = segmentText('Moscow denied the U.S.\nclaim and left\nAnkara warned.');
    expect(spans.map((s) => [s.text, s.paragraph])).toEqual([
      ['Moscow denied the U.S.', 0],
      ['claim and left', 1],
      ['Ankara warned.', 2],
    ]);
  });

  it('skips blank and white-space lines and numbers only non-empty paragraphs', () => {
    const spans = segmentText('\n\n  First one. Second.\r\n \t \r\n\r\nThird.\r\n');
    expect(spans.map((s) => [s.text, s.paragraph])).toEqual([
      ['First one.', 0],
      ['Second.', 0],
      ['Third.', 1],
    ]);
  });

  it('unwraps hard-wrapped text, so a sentence spans its single newlines', () => {
    const input = [
      'It was the best of times, it was the worst of times, it was the age of',
      'wisdom, it was the age of foolishness. It was the epoch of belief, it was',
      'the epoch of incredulity, it was the season of Light.',
      '',
      'There were a king with a large jaw and a queen with a plain face, on the',
      'throne of England.',
    ].join('\n');
    expect(segmentText(input).map((s) => [s.text, s.paragraph])).toEqual([
      ['It was the best of times, it was the worst of times, it was the age of\nwisdom, it was the age of foolishness.', 0],
      ['It was the epoch of belief, it was\nthe epoch of incredulity, it was the season of Light.', 0],
      ['There were a king with a large jaw and a queen with a plain face, on the\nthrone of England.', 1],
    ]);
  });

  it('gives exact offsets: input.slice(start, end) is the text, with no white space at either end', () => {
    const input = '  He left.   She stayed.\n\nThe end ';
    for (const s of segmentText(input)) {
      expect(input.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
    expect(segmentText(input).map((s) => s.start)).toEqual([2, 13, 26]);
  });

  it('segments one paragraph at an offset into a larger document', () => {
    const document = 'Title\nHe left. She stayed.';
    const spans = segmentParagraph(document.slice(6), 6, 1);
    expect(spans).toEqual([
      { text: 'He left.', start: 6, end: 14, paragraph: 1 },
      { text: 'She stayed.', start: 15, end: 26, paragraph: 1 },
    ]);
    for (const s of spans) expect(document.slice(s.start, s.end)).toBe(s.text);
  });

  it('returns nothing for empty or blank text', () => {
    expect(segmentText('')).toEqual([]);
    expect(segmentText(' \n\t\r\n\u00a0 ')).toEqual([]);
  });
});

describe('the sample article', () => {
  const article = fs.readFileSync(path.resolve(import.meta.dirname, '../../sample/article.txt'), 'utf8');

  it('comes out as exactly 13 sentences, the headline being one', () => {
    const spans = segmentText(article);
    expect(spans).toHaveLength(13);
    expect(spans[0]!.text).toBe('Russian Federation Denies US Claim That Four Syria-Bound Missiles Crashed in Iran');
    expect(spans.map((s) => s.paragraph)).toEqual([0, 1, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('keeps the sentence that starts with "U.S. Secretary of Defense" whole', () => {
    const sentence = segmentText(article).find((s) => s.text.startsWith('U.S. Secretary of Defense Ashton Carter'));
    expect(sentence?.text.endsWith('against rebel forces.')).toBe(true);
    expect(sentence?.text).toContain('Russia’s “tragically flawed” strategy');
  });

  it('keeps the closing quote of “it will not be the last” in its sentence', () => {
    expect(texts(article)).toContain('It was the second French strike on Syria, and Le Drian said “it will not be the last”.');
  });
});
