/** A notebook of wire stories grown to a given file size, for the figures measured at 50 MB. */
import fs from 'node:fs';
import { Notebook, type NotebookOptions } from '../db';
import { newsText } from './news-text';

/** Creates the notebook at `file` and returns how many documents it took. */
export function buildLargeNotebook(file: string, targetBytes: number, options: NotebookOptions = {}): number {
  const building = Notebook.open(file, { coder: 'bench', ...options, create: true });
  let documents = 0;
  try {
    while (fs.statSync(file).size < targetBytes) {
      documents += 1;
      building.importDocument({ title: `Wire story ${documents}`, text: newsText(2_000_000, documents), sourceName: null });
      // Folded into the file at once, so the file's size tracks what was written.
      building.checkpoint();
    }
  } finally {
    building.close();
  }
  return documents;
}
