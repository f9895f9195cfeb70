/**
 * A long-running writer for the SIGKILL tests: opens a notebook and tags (and
 * notes) sentences of one document, one transaction per call, printing one
 * line per write only after the call has returned, i.e. once Themata has
 * acknowledged it. Usage: node writer.mjs NOTEBOOK DOCUMENT-ID
 */
import { Notebook } from '../../notebook';

const [file, documentArg] = process.argv.slice(2);
const notebook = Notebook.open(file!, { coder: 'writer' });
const documentId = Number(documentArg);
const { sentences } = notebook.listSentences(documentId, { offset: 0, limit: 5000 });
const themes = notebook.listThemes();
const say = (line: string) => process.stdout.write(`${line}\n`);
say('ready');

// Each (sentence, theme) pair is tagged once and each sentence noted at most
// once, so an acknowledged write can never be overwritten by a later one.
const deadline = Date.now() + 30_000;
for (let i = 0; i < sentences.length * themes.length && Date.now() < deadline; i += 1) {
  const sentence = sentences[i % sentences.length]!;
  const theme = themes[Math.floor(i / sentences.length)]!;
  notebook.tag([sentence.id], theme.id);
  say(`tag ${sentence.id} ${theme.id}`);
  if (i < sentences.length && i % 3 === 0) {
    notebook.setNote(sentence.id, `writer note ${i}`);
    say(`note ${sentence.id} writer note ${i}`);
  }
}
notebook.close();
