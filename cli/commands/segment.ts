/** `themata segment`: one sentence per line, or JSON with offsets into the input. */
import { segmentText } from '../../db/segmenter';
import { decodeInput, readTextFile } from '../../db/text-file';
import { type Command, expectPositionals, help, parse } from '../command';
import { printable, printableJson } from '../terminal-text';

export const segmentCommand: Command = (args, io) => {
  const parsed = parse(args, { json: { type: 'boolean' } });
  if (!parsed) return help('segment', io);
  const [file] = expectPositionals(parsed, 0, 1, 'at most one FILE');
  let text: string;
  if (file) {
    text = readTextFile(file).text;
  } else {
    text = decodeInput(io.stdin(), 'Standard input');
  }
  const sentences = segmentText(text);
  if (parsed.values.json) {
    io.stdout(printableJson(sentences.map(({ text: t, start, end }) => ({ text: t, start, end }))) + '\n');
  } else {
    // One sentence per line: a sentence that spans a hard line break is printed on one line.
    io.stdout(sentences.map((s) => printable(s.text.replace(/\s*\r?\n\s*/g, ' '))).join('\n') + (sentences.length ? '\n' : ''));
  }
  return 0;
};
