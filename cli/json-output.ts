/**
 * What --json prints: one JSON document per command, naming things as well as
 * numbering them, so a script need not look up an id in another listing. The
 * shapes are documented in each command's --help (cli/usage.ts).
 */
import type { DetailStats, DocumentSummary, MemoHit, NotebookStats, SearchHit, Theme } from '../db/domain';

export interface ThemeJson {
  id: number;
  name: string;
  key: number | null;
  colour: string;
  description: string;
  parentId: number | null;
  parentName: string | null;
  /** 0 at the top level, 1 for a sub-theme, and so on. */
  depth: number;
  /** Sentences tagged with this theme itself. */
  tagCount: number;
  /** Sentences tagged with it or any of its sub-themes, each counted once. */
  rollupCount: number;
}

export interface SearchHitJson {
  documentId: number;
  documentTitle: string;
  sentenceNumber: number;
  text: string;
  note: string | null;
  themes: { id: number; name: string }[];
  matchedIn: SearchHit['matchedIn'];
}

interface ThemeCountJson {
  themeId: number;
  name: string;
  count: number;
}

export interface StatsJson {
  sentenceCount: number;
  taggedSentenceCount: number;
  tagCount: number;
  noteCount: number;
  themes: ThemeCountJson[];
  documents: { documentId: number; title: string; sentenceCount: number; taggedCount: number; themes: ThemeCountJson[] }[];
  cooccurrence: { a: number; aName: string; b: number; bName: string; count: number }[];
  outlets: (DetailGroupJson & { outlet: string | null })[];
  attributes: (DetailGroupJson & { key: string; value: string })[];
}

interface DetailGroupJson {
  documentCount: number;
  sentenceCount: number;
  taggedCount: number;
  themes: ThemeCountJson[];
}

export interface MemoHitJson {
  memo: 'notebook' | 'document' | 'theme';
  documentId: number | null;
  themeId: number | null;
  label: string;
  body: string;
}

/** A memo found by search, saying what it is about. */
export function memoHitsJson(hits: MemoHit[]): MemoHitJson[] {
  return hits.map((hit) => ({
    memo: hit.subject.kind,
    documentId: hit.subject.kind === 'document' ? hit.subject.documentId : null,
    themeId: hit.subject.kind === 'theme' ? hit.subject.themeId : null,
    label: hit.label,
    body: hit.body,
  }));
}

/** Every field the app shows for a document. */
export function documentsJson(documents: DocumentSummary[]): DocumentSummary[] {
  return documents.map((d) => ({
    id: d.id,
    title: d.title,
    outlet: d.outlet,
    author: d.author,
    publishedOn: d.publishedOn,
    url: d.url,
    language: d.language,
    attributes: d.attributes.map((a) => ({ key: a.key, value: a.value })),
    sourceName: d.sourceName,
    importedAt: d.importedAt,
    sentenceCount: d.sentenceCount,
    paragraphCount: d.paragraphCount,
    taggedCount: d.taggedCount,
    noteCount: d.noteCount,
    codedBy: [...d.codedBy],
  }));
}

/** The codebook in its order (so no position field), each nested theme with its parent's name. */
export function themesJson(themes: Theme[]): ThemeJson[] {
  const name = themeNames(themes);
  return themes.map((t) => ({
    id: t.id,
    name: t.name,
    key: t.key,
    colour: t.colour,
    description: t.description,
    parentId: t.parentId,
    parentName: t.parentId === null ? null : name(t.parentId),
    depth: t.depth,
    tagCount: t.tagCount,
    rollupCount: t.rollupCount,
  }));
}

/** `themesOf` gives the ids of the themes on a hit's sentence; they are listed in codebook order. */
export function searchJson(hits: SearchHit[], themes: Theme[], themesOf: (hit: SearchHit) => number[]): SearchHitJson[] {
  return hits.map((hit) => {
    const on = new Set(themesOf(hit));
    return {
      documentId: hit.documentId,
      documentTitle: hit.documentTitle,
      sentenceNumber: hit.sentenceNumber,
      text: hit.text,
      note: hit.note,
      themes: themes.filter((t) => on.has(t.id)).map((t) => ({ id: t.id, name: t.name })),
      matchedIn: hit.matchedIn,
    };
  });
}

/** The notebook's counts as before, with a theme's name next to each theme id. */
export function statsJson(stats: NotebookStats, themes: Theme[], details: DetailStats): StatsJson {
  const name = themeNames(themes);
  const counts = (list: { themeId: number; count: number }[]) => list.map((t) => ({ themeId: t.themeId, name: name(t.themeId), count: t.count }));
  return {
    sentenceCount: stats.sentenceCount,
    taggedSentenceCount: stats.taggedSentenceCount,
    tagCount: stats.tagCount,
    noteCount: stats.noteCount,
    themes: counts(stats.themes),
    documents: stats.documents.map((d) => ({
      documentId: d.documentId,
      title: d.title,
      sentenceCount: d.sentenceCount,
      taggedCount: d.taggedCount,
      themes: counts(d.themes),
    })),
    cooccurrence: stats.cooccurrence.map((c) => ({ a: c.a, aName: name(c.a), b: c.b, bName: name(c.b), count: c.count })),
    outlets: details.outlets.map((o) => ({ outlet: o.outlet, documentCount: o.documentCount, sentenceCount: o.sentenceCount, taggedCount: o.taggedCount, themes: counts(o.themes) })),
    attributes: details.attributes.map((a) => ({
      key: a.key, value: a.value, documentCount: a.documentCount, sentenceCount: a.sentenceCount, taggedCount: a.taggedCount, themes: counts(a.themes),
    })),
  };
}

function themeNames(themes: Theme[]): (id: number) => string {
  const names = new Map(themes.map((t) => [t.id, t.name]));
  // Every id here comes from the same notebook read, so a miss is a bug, not a researcher's mistake.
  return (id) => {
    const found = names.get(id);
    if (found === undefined) throw new Error(`theme ${id} is counted but not in the codebook`);
    return found;
  };
}
