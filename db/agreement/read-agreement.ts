/**
 * Agreement read from a notebook: who coded, which documents every compared
 * coder marked as coded, and each coder's tags on their sentences, handed to
 * the pure modules beside this one.
 */
import type { NotebookContext } from '../context';
import { NotebookError } from '../notebook-error';
import { listThemes } from '../themes';
import { listCoders } from './coders';
import { settledSentences } from './consensus';
import { disagreementsOn, type CoderNote, type SentenceInContext } from './disagreements';
import {
  CONSENSUS_CODER,
  type AgreementReport,
  type AgreementRequest,
  type DisagreementList,
  type DisagreementRequest,
} from './domain';
import { comparedDocuments, Judgements, type CodedMark, type TagMark } from './judgements';
import { agreementReport, type ReportTheme } from './report';

function nameList(names: readonly string[]): string {
  const quoted = names.map((n) => `"${n}"`);
  return quoted.length <= 2 ? quoted.join(' and ') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/**
 * The coders to compare: those named, each checked; else every coder who
 * marked a document as coded (with `all`, every coder with a tag), the
 * consensus left out: it is the coders' answer, not one of them.
 */
function comparedCoders(ctx: NotebookContext, requested: readonly string[] | undefined, all: boolean): string[] {
  const known = listCoders(ctx);
  if (requested !== undefined) {
    const names = requested.map((name) => name.trim());
    const unknown = names.find((name) => !known.some((coder) => coder.name === name));
    if (unknown !== undefined) {
      const others = known.map((c) => c.name);
      throw new NotebookError('not-found', `No coder named "${unknown}" has coded in this notebook${others.length ? `; its coders are ${nameList(others)}` : ''}.`);
    }
    if (new Set(names).size !== names.length) throw new NotebookError('invalid-input', 'Name each coder to compare once.');
    if (names.length < 2) throw new NotebookError('invalid-input', 'Agreement compares two or more coders.');
    return names;
  }
  const coders = known.filter((c) => c.name !== CONSENSUS_CODER && (all ? c.tagCount > 0 || c.codedDocuments > 0 : c.codedDocuments > 0)).map((c) => c.name);
  if (coders.length < 2) {
    const who = coders.length === 1 ? `only ${nameList(coders)} has ${all ? 'coded' : 'marked documents as coded'}` : all ? 'nobody has coded yet' : 'nobody has marked a document as coded yet';
    throw new NotebookError('not-found', `Agreement compares two or more coders, and in this notebook ${who}.`);
  }
  return coders;
}

/** What agreement is computed over: the coders, the documents and their sentences, and the coders' tags on them. */
interface Comparison {
  coders: string[];
  documents: number[];
  units: number[];
  all: boolean;
}

function comparison(ctx: NotebookContext, request: { coders?: string[]; all?: boolean }): Comparison {
  const all = request.all === true;
  const coders = comparedCoders(ctx, request.coders, all);
  const visible = ctx.sql('SELECT id FROM documents WHERE removed_at IS NULL ORDER BY id').pluck().all() as number[];
  const marks = ctx.sql('SELECT document_id AS documentId, coder FROM coded_documents').all() as CodedMark[];
  const documents = comparedDocuments(visible, marks, coders, all);
  if (documents.length === 0) {
    throw new NotebookError(
      'not-found',
      all
        ? 'There are no documents to compare in this notebook.'
        : `${nameList(coders)} have no coded document in common: agreement compares the documents every compared coder has marked as coded (or every document, coded or not).`,
    );
  }
  const units = ctx
    .sql('SELECT s.id FROM json_each(?) j JOIN sentences s ON s.document_id = j.value ORDER BY j.key, s.ordinal')
    .pluck()
    .all(JSON.stringify(documents)) as number[];
  return { coders, documents, units, all };
}

/** The compared coders' tags on the themes, over the compared documents' sentences. */
function judgementsOf(ctx: NotebookContext, compared: Comparison, themeIds: readonly number[]): Judgements {
  const tags = ctx
    .sql(
      `SELECT t.sentence_id AS sentenceId, t.theme_id AS themeId, t.coder FROM json_each(?) j
       JOIN sentences s ON s.document_id = j.value JOIN tags t ON t.sentence_id = s.id
       WHERE t.coder IN (SELECT value FROM json_each(?))`,
    )
    .iterate(JSON.stringify(compared.documents), JSON.stringify(compared.coders)) as IterableIterator<TagMark>;
  return new Judgements(compared.coders, themeIds, compared.units, tags);
}

/** The themes asked for, in codebook order (each checked), or the whole codebook. */
function reportThemes(ctx: NotebookContext, themeIds: readonly number[] | undefined): ReportTheme[] {
  const themes = listThemes(ctx);
  if (themeIds === undefined) return themes.map(({ id, name, depth }) => ({ id, name, depth }));
  const wanted = new Set(themeIds);
  for (const id of wanted) if (!themes.some((t) => t.id === id)) throw new NotebookError('not-found', `There is no theme ${id} in this codebook.`);
  return themes.filter((t) => wanted.has(t.id)).map(({ id, name, depth }) => ({ id, name, depth }));
}

export function readAgreement(ctx: NotebookContext, request: AgreementRequest): AgreementReport {
  // Who is compared comes first: with fewer than two coders, nothing else matters yet.
  const compared = comparison(ctx, request);
  const themes = reportThemes(ctx, request.themeIds);
  if (themes.length === 0) throw new NotebookError('not-found', 'The codebook has no themes to compare yet.');
  const judgements = judgementsOf(ctx, compared, themes.map((t) => t.id));
  return agreementReport(judgements, themes, compared.documents.length, compared.all);
}

/** Sentences with the text of their neighbours in the same document. */
function sentencesInContext(ctx: NotebookContext, sentenceIds: readonly number[]): Map<number, SentenceInContext> {
  const rows = ctx
    .sql(
      `SELECT s.id AS sentenceId, s.document_id AS documentId, d.title AS documentTitle, s.ordinal AS sentenceNumber, s.text,
         (SELECT p.text FROM sentences p WHERE p.document_id = s.document_id AND p.ordinal = s.ordinal - 1) AS before,
         (SELECT n.text FROM sentences n WHERE n.document_id = s.document_id AND n.ordinal = s.ordinal + 1) AS after
       FROM json_each(?) j JOIN sentences s ON s.id = j.value JOIN documents d ON d.id = s.document_id`,
    )
    .all(JSON.stringify(sentenceIds)) as SentenceInContext[];
  return new Map(rows.map((row) => [row.sentenceId, row]));
}

export function readDisagreements(ctx: NotebookContext, request: DisagreementRequest): DisagreementList {
  const [theme] = reportThemes(ctx, [request.themeId]);
  const compared = comparison(ctx, request);
  const judgements = judgementsOf(ctx, compared, [theme!.id]);
  const ids = judgements.disagreeing(theme!.id);
  const idsJson = JSON.stringify(ids);
  const notes = ctx
    .sql('SELECT n.sentence_id AS sentenceId, n.coder, n.body FROM json_each(?) j JOIN notes n ON n.sentence_id = j.value')
    .all(idsJson) as CoderNote[];
  const tagged = new Set(
    ctx
      .sql('SELECT t.sentence_id FROM json_each(?) j JOIN tags t ON t.sentence_id = j.value WHERE t.theme_id = ? AND t.coder = ?')
      .pluck()
      .all(idsJson, theme!.id, CONSENSUS_CODER) as number[],
  );
  return {
    coders: compared.coders,
    theme: { id: theme!.id, name: theme!.name },
    documents: compared.documents.length,
    units: compared.units.length,
    all: compared.all,
    disagreements: disagreementsOn(judgements, theme!.id, sentencesInContext(ctx, ids), notes, { tagged, settled: settledSentences(ctx, theme!.id) }),
  };
}
