import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTemporaryFolder } from '../test-support/temporary-notebook';
import { openAs } from './refi-test-study';

const word = fc.constantFrom('Moscow', 'said', 'café', '😀', '𠀋', '🇹🇷', 'naïve', 'x', '👩‍👩‍👧', 'Ω', '“quoted”', '\u{1F680}rocket');
const sentence = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => `${words.join(' ')}.`);
const text = fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')), { minLength: 1, maxLength: 3 }).map((p) => `${p.join('\n\n')}\n`);

describe('REFI-QDA positions, end to end', () => {
  const folder = useTemporaryFolder();

  it('tag the same sentences after export and import, whatever astral characters the text holds', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), async (body, picks) => {
        const dir = folder();
        const source = openAs(path.join(dir, 'A.themata'), 'ana');
        let archive: Uint8Array;
        let expected: string[];
        try {
          const doc = source.importDocument({ title: 'Doc', text: body, sourceName: null });
          const theme = source.addTheme({ name: 'T' }).id;
          const numbers = [...new Set(picks.map((p) => (p % doc.sentenceCount) + 1))].sort((a, b) => a - b);
          source.tag(numbers.map((n) => source.sentenceId(doc.id, n)), theme);
          expected = source.listSentences(doc.id, { offset: 0, limit: 1000 }).sentences.filter((s) => s.themeIds.length > 0).map((s) => s.text);
          archive = source.exportQdpx();
        } finally {
          source.close();
        }
        const target = openAs(path.join(dir, 'B.themata'), 'zoe');
        try {
          const report = await target.importRefi(archive, 'A.qdpx');
          expect(report.selectionsOffSentenceBoundaries).toBe(0);
          const [doc] = target.listDocuments();
          const tagged = target.listSentences(doc!.id, { offset: 0, limit: 1000 }).sentences.filter((s) => s.themeIds.length > 0).map((s) => s.text);
          expect(tagged).toEqual(expected);
        } finally {
          target.close();
        }
      }),
      { numRuns: 12 },
    );
  });
});
