/** `themata documents`: the notebook's documents with their counts and details, as lines or as JSON; `documents set` changes a document's details. */
import { NotebookError, type DetailsPatch, type DocumentSummary } from '../../db';
import { type Command, expectPositionals, help, parse, plural, str, UsageError, withNotebook, type Parsed } from '../command';
import { documentsJson } from '../json-output';
import { describeFilter } from '../../db/document-filter';
import { documentFilterOf } from '../document-filter-options';
import { printable, printableJson } from '../terminal-text';

export const documentsCommand: Command = (args, io) => {
  const parsed = parse(args, {
    json: { type: 'boolean' },
    title: { type: 'string' },
    outlet: { type: 'string' },
    author: { type: 'string' },
    date: { type: 'string' },
    url: { type: 'string' },
    lang: { type: 'string' },
    attr: { type: 'string', multiple: true },
    from: { type: 'string' },
    to: { type: 'string' },
    not: { type: 'boolean' },
  });
  if (!parsed) return help('documents', io);
  if (parsed.positionals[0] === 'set') return setDetails(parsed, io);
  if (parsed.positionals[0] === 'done') return markDone(parsed, io);
  if (parsed.positionals.length > 0) throw new UsageError(`"documents ${parsed.positionals[0]}" is not a documents action; use "documents set DOC ..." or "documents done DOC"`);
  if (parsed.values.not !== undefined) throw new UsageError('--not goes with "documents done DOC"');
  expectPositionals(parsed, 0, 0, 'no arguments');
  // Listing, --outlet, --author, --lang and --attr pick documents; the details only "set" changes are refused here.
  for (const option of ['title', 'date', 'url'] as const) {
    if (parsed.values[option] !== undefined) throw new UsageError(`--${option} goes with "documents set DOC"; to pick documents by date, use --from and --to`);
  }
  const filter = documentFilterOf(parsed);
  return withNotebook(parsed, io, (notebook) => {
    const all = notebook.listDocuments();
    const picked = filter ? new Set(notebook.documentsMatching(filter)) : null;
    const documents = picked ? all.filter((d) => picked.has(d.id)) : all;
    if (parsed.values.json) {
      io.stdout(printableJson(documentsJson(documents), 2) + '\n');
      return 0;
    }
    if (all.length === 0) io.stdout('The notebook has no documents yet; add one with "themata import FILE".\n');
    else if (documents.length === 0 && filter) io.stdout(`No document has ${printable(describeFilter(filter))}.\n`);
    for (const d of documents) {
      const details = detailsLine(d);
      const coded = d.codedBy.length > 0 ? `\tcoded by ${printable(d.codedBy.join(', '))}` : '';
      io.stdout(`${d.id}\t${plural(d.sentenceCount, 'sentence')}\t${d.taggedCount} tagged\t${printable(d.title)}${details ? `\t${printable(details)}` : ''}${coded}\n`);
    }
    return 0;
  }, { access: 'read' });
};

/** A document's details on one line: outlet · date · author · language · URL · key=value... */
export function detailsLine(d: DocumentSummary): string {
  return [d.outlet, d.publishedOn, d.author, d.language, d.url, ...d.attributes.map((a) => `${a.key}=${a.value}`)]
    .filter((part): part is string => part !== null)
    .join(' · ');
}

/** `documents done DOC [--not]`: the coder marks the document as coded (finished), or takes the mark back, as one undoable step. */
function markDone(parsed: Parsed, io: Parameters<Command>[1]): Promise<number> {
  const [, reference] = expectPositionals(parsed, 2, 2, 'DOC, the document\'s number, after "documents done"');
  const documentId = documentNumber(reference!);
  for (const option of ['title', 'outlet', 'author', 'date', 'url', 'lang', 'attr', 'from', 'to', 'json'] as const) {
    if (parsed.values[option] !== undefined) throw new UsageError(`--${option} does not go with "documents done DOC"; it takes --not and --coder`);
  }
  const coded = parsed.values.not !== true;
  return withNotebook(parsed, io, (notebook) => {
    const changed = notebook.markDocumentCoded(documentId, coded);
    const title = printable(notebook.documentSummary(documentId).title);
    const coder = printable(notebook.coder);
    if (coded) io.stdout(changed ? `Marked document ${documentId}, "${title}", as coded by ${coder}\n` : `Document ${documentId} was already marked as coded by ${coder}\n`);
    else io.stdout(changed ? `Document ${documentId}, "${title}", is no longer marked as coded by ${coder}\n` : `Document ${documentId} was not marked as coded by ${coder}\n`);
    return 0;
  });
}

function documentNumber(reference: string): number {
  if (!/^[0-9]+$/.test(reference)) throw new NotebookError('invalid-input', `"${reference}" is not a document number; "themata documents" lists them.`);
  return Number(reference);
}

function setDetails(parsed: Parsed, io: Parameters<Command>[1]): Promise<number> {
  const [, reference] = expectPositionals(parsed, 2, 2, 'DOC, the document\'s number, after "documents set"');
  documentNumber(reference!);
  if (parsed.values.not !== undefined) throw new UsageError('--not goes with "documents done DOC"');
  const patch = patchOf(parsed);
  if (parsed.values.from !== undefined || parsed.values.to !== undefined) throw new UsageError('--from and --to pick documents when listing them; "documents set" takes --date');
  if (patch === null) throw new UsageError('say what to set: --title, --outlet, --author, --date, --url, --lang or --attr KEY=VALUE');
  return withNotebook(parsed, io, (notebook) => {
    const documentId = Number(reference);
    const before = notebook.documentDetails(documentId);
    const after = notebook.setDocumentDetails(documentId, patch);
    io.stdout(JSON.stringify(before) === JSON.stringify(after) ? `Document ${documentId} already had these details\n` : `Set the details of document ${documentId}, "${printable(after.title)}"\n`);
    return 0;
  });
}

/** What the options ask to change; null when none is given. Read whole before the notebook is opened, so a bad --attr changes nothing. */
function patchOf(parsed: Parsed): DetailsPatch | null {
  const patch: DetailsPatch = {};
  const text = (option: string) => str(parsed.values[option]);
  if (text('title') !== undefined) patch.title = text('title')!;
  if (text('outlet') !== undefined) patch.outlet = text('outlet')!;
  if (text('author') !== undefined) patch.author = text('author')!;
  if (text('date') !== undefined) patch.publishedOn = text('date')!;
  if (text('url') !== undefined) patch.url = text('url')!;
  if (text('lang') !== undefined) patch.language = text('lang')!;
  const attributes = parsed.values.attr;
  if (Array.isArray(attributes)) {
    patch.attributes = {};
    for (const pair of attributes) {
      const at = pair.indexOf('=');
      if (at < 0) throw new NotebookError('invalid-input', `--attr takes KEY=VALUE (KEY= removes it), not "${pair}".`);
      patch.attributes[pair.slice(0, at)] = pair.slice(at + 1);
    }
  }
  return Object.keys(patch).length === 0 ? null : patch;
}
