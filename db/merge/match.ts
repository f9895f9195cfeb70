/**
 * Lays incoming work over this notebook, without touching either: documents
 * are matched by their content hash, themes by GUID, then by name in the
 * same place (a sub-theme under the matched parent), and each tag's or
 * note's range by the sentences it covers exactly. The result is what to
 * add and the report; nothing this notebook holds is ever replaced.
 */
import { CODER_NAME_MAX_LENGTH, CONTROL_CHARACTER, DIGITS_ONLY, DIRECTION_CONTROL } from '../domain';
import { DATE_TIME } from '../exchange/refi-names';
import { NOTE_MAX_LENGTH } from '../notes';
import { segmentText } from '../segmenter';
import { normalisedOffsets } from './content-hash';
import { trimmedRange, type IncomingDocument, type IncomingRange, type IncomingTheme, type IncomingWork } from './incoming-work';
import type { CoderAdditions, LeftOut, MergeReport } from './merge-report';

/** A sentence's range on its text's normalised offsets, trimmed (incoming-work.ts). */
export interface CurrentSentence {
  id: number;
  start: number;
  end: number;
}

export interface CurrentDocument {
  id: number;
  title: string;
  hash: string;
  /** In reading order; needed only for documents whose hash some incoming document shares. */
  sentences: CurrentSentence[];
}

export interface CurrentTheme {
  id: number;
  guid: string | null;
  name: string;
  parentId: number | null;
}

/** What this notebook holds, as plain data. */
export interface CurrentWork {
  /** Visible documents, in import order. */
  documents: CurrentDocument[];
  themes: CurrentTheme[];
  /** Has a tag: sentence, theme and coder. */
  hasTag(sentenceId: number, themeId: number, coder: string): boolean;
  /** A coder's note on a sentence. */
  noteOf(sentenceId: number, coder: string): string | null;
  isDone(documentId: number, coder: string): boolean;
}

export type DocumentRef = { kind: 'existing'; id: number } | { kind: 'added'; index: number };
export type ThemeRef = { kind: 'existing'; id: number } | { kind: 'added'; index: number };
/** A sentence of this notebook, or one of a document the merge adds (numbered from 1). */
export type SentenceRef = { kind: 'existing'; id: number } | { kind: 'added'; document: number; ordinal: number };

export interface MergePlan {
  documents: IncomingDocument[];
  /** Parents before their sub-themes. */
  themes: { theme: IncomingTheme; parent: ThemeRef | null }[];
  tags: { sentence: SentenceRef; theme: ThemeRef; coder: string; at: string | null; guid: string | null }[];
  notes: { sentence: SentenceRef; coder: string; body: string; createdAt: string | null; updatedAt: string | null; guid: string | null }[];
  doneMarks: { document: DocumentRef; coder: string; at: string | null }[];
  report: MergeReport;
}

const refKey = (ref: SentenceRef | ThemeRef | DocumentRef): string =>
  ref.kind === 'existing' ? `e${ref.id}` : 'ordinal' in ref ? `a${ref.document}.${ref.ordinal}` : `a${ref.index}`;

const quoted = (text: string) => `“${text}”`;

/** Whether a name can name a theme here (the codebook's own rules, themes.ts). */
export function isThemeName(name: string): boolean {
  return name.length > 0 && name.length <= 120 && !CONTROL_CHARACTER.test(name) && !DIRECTION_CONTROL.test(name) && !DIGITS_ONLY.test(name);
}

/** A coder's name as this notebook stores it (coder-name.ts), or null when it cannot be one. */
function coderName(raw: string): string | null {
  const name = raw.trim();
  return name !== '' && name.length <= CODER_NAME_MAX_LENGTH && !CONTROL_CHARACTER.test(name) ? name : null;
}

/** Sentences of a document, found by where they start and end. */
class SentenceFinder {
  private readonly byStart = new Map<number, number>();
  private readonly byEnd = new Map<number, number>();

  constructor(private readonly sentences: readonly CurrentSentence[]) {
    sentences.forEach((s, index) => {
      this.byStart.set(s.start, index);
      this.byEnd.set(s.end, index);
    });
  }

  /** The indexes of the sentences a range covers exactly (from a sentence's start to one's end), or null. */
  covered(start: number, end: number): number[] | null {
    const first = this.byStart.get(start);
    const last = this.byEnd.get(end);
    if (first === undefined || last === undefined || last < first) return null;
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  }

  idAt(index: number): number {
    return this.sentences[index]!.id;
  }
}

class LeftOutList {
  private readonly counts = new Map<string, LeftOut>();

  add(what: LeftOut['what'], reason: string, count = 1): void {
    const key = `${what}\n${reason}`;
    const entry = this.counts.get(key);
    if (entry) entry.count += count;
    else this.counts.set(key, { what, reason, count });
  }

  list(): LeftOut[] {
    return [...this.counts.values()];
  }
}

export function planMerge(incoming: IncomingWork, current: CurrentWork): MergePlan {
  const leftOut = new LeftOutList();
  const remarks: string[] = [];
  const plan: MergePlan = { documents: [], themes: [], tags: [], notes: [], doneMarks: [], report: emptyReport(incoming) };
  const report = plan.report;

  // Documents: by content hash; a text new to this notebook is added once, however often the file holds it.
  const byHash = new Map<string, CurrentDocument>();
  for (const document of current.documents) if (!byHash.has(document.hash)) byHash.set(document.hash, document);
  const addedByHash = new Map<string, number>();
  const documentOf = new Map<string, { ref: DocumentRef; title: string; finder: SentenceFinder }>();
  for (const document of incoming.documents) {
    const same = byHash.get(document.hash);
    if (same) {
      report.matched.documents += 1;
      documentOf.set(document.key, { ref: { kind: 'existing', id: same.id }, title: same.title, finder: new SentenceFinder(same.sentences) });
      continue;
    }
    let index = addedByHash.get(document.hash);
    if (index === undefined) {
      index = plan.documents.length;
      plan.documents.push(document);
      addedByHash.set(document.hash, index);
      report.added.documents.push(document.title);
    }
    const added = index;
    documentOf.set(document.key, { ref: { kind: 'added', index: added }, title: document.title, finder: new SentenceFinder(sentencesOfNew(document, added)) });
  }

  const themeOf = matchThemes(incoming, current, plan, leftOut, remarks);

  /** The sentences a range covers, or null with the reason recorded. */
  const sentencesOf = (range: IncomingRange, what: 'tags' | 'notes'): SentenceRef[] | null => {
    const document = documentOf.get(range.documentKey);
    if (!document) return null;
    const indexes = document.finder.covered(range.start, range.end);
    if (!indexes) {
      leftOut.add(what, `${what === 'tags' ? 'their range does' : 'its range does'} not match the sentences of ${quoted(document.title)}`);
      return null;
    }
    const ref = document.ref;
    return indexes.map((i): SentenceRef => (ref.kind === 'existing' ? { kind: 'existing', id: document.finder.idAt(i) } : { kind: 'added', document: ref.index, ordinal: i + 1 }));
  };

  const coders = new Map<string, CoderAdditions>();
  const coderCount = (coder: string) => {
    let entry = coders.get(coder);
    if (!entry) coders.set(coder, (entry = { coder, tags: 0, notes: 0, doneMarks: 0 }));
    return entry;
  };

  const tagged = new Set<string>();
  for (const tag of incoming.tags) {
    const theme = themeOf.get(tag.themeKey);
    if (theme === undefined) continue;
    if (theme === null) {
      leftOut.add('tags', `their theme ${quoted(incoming.themes.find((t) => t.key === tag.themeKey)?.name ?? '')} was left out`);
      continue;
    }
    const coder = coderName(tag.coder);
    if (coder === null) {
      leftOut.add('tags', `their coder’s name ${quoted(tag.coder)} cannot name a coder (one line, at most ${CODER_NAME_MAX_LENGTH} characters)`);
      continue;
    }
    for (const sentence of sentencesOf(tag, 'tags') ?? []) {
      const key = `${refKey(sentence)}/${refKey(theme)}/${coder}`;
      if (tagged.has(key)) continue;
      tagged.add(key);
      if (sentence.kind === 'existing' && theme.kind === 'existing' && current.hasTag(sentence.id, theme.id, coder)) {
        report.alreadyPresent.tags += 1;
        continue;
      }
      plan.tags.push({ sentence, theme, coder, at: validTime(tag.at), guid: tag.guid });
      coderCount(coder).tags += 1;
    }
  }

  // A coder's notes on one sentence become one note (a project may hold several); it is added only where that coder has none.
  const notes = new Map<string, MergePlan['notes'][number]>();
  for (const note of incoming.notes) {
    const coder = coderName(note.coder);
    if (coder === null) {
      leftOut.add('notes', `their coder’s name ${quoted(note.coder)} cannot name a coder (one line, at most ${CODER_NAME_MAX_LENGTH} characters)`);
      continue;
    }
    const sentence = sentencesOf(note, 'notes')?.[0];
    if (!sentence) continue;
    const key = `${refKey(sentence)}/${coder}`;
    const entry = notes.get(key);
    if (entry && !entry.body.split('\n\n').includes(note.body)) entry.body = `${entry.body}\n\n${note.body}`;
    else if (!entry) notes.set(key, { sentence, coder, body: note.body, createdAt: validTime(note.createdAt), updatedAt: validTime(note.updatedAt), guid: note.guid });
  }
  for (const note of notes.values()) {
    const existing = note.sentence.kind === 'existing' ? current.noteOf(note.sentence.id, note.coder) : null;
    if (existing === note.body) {
      report.alreadyPresent.notes += 1;
    } else if (existing !== null) {
      leftOut.add('notes', `${note.coder} already has a different note on that sentence here, which a merge never replaces`);
    } else if (note.body.length > NOTE_MAX_LENGTH) {
      leftOut.add('notes', `longer than a note can be (${NOTE_MAX_LENGTH.toLocaleString('en')} characters)`);
    } else {
      plan.notes.push(note);
      coderCount(note.coder).notes += 1;
    }
  }

  const marked = new Set<string>();
  for (const mark of incoming.doneMarks) {
    const document = documentOf.get(mark.documentKey);
    const coder = coderName(mark.coder);
    if (!document || coder === null) continue;
    const key = `${refKey(document.ref)}/${coder}`;
    if (marked.has(key)) continue;
    marked.add(key);
    if (document.ref.kind === 'existing' && current.isDone(document.ref.id, coder)) {
      report.alreadyPresent.doneMarks += 1;
      continue;
    }
    plan.doneMarks.push({ document: document.ref, coder, at: validTime(mark.at) });
    coderCount(coder).doneMarks += 1;
  }

  report.added.tags = plan.tags.length;
  report.added.notes = plan.notes.length;
  report.added.doneMarks = plan.doneMarks.length;
  report.added.coders = [...coders.values()].sort((a, b) => (a.coder < b.coder ? -1 : a.coder > b.coder ? 1 : 0));
  report.leftOut = leftOut.list();
  report.remarks = remarks;
  report.changed = plan.documents.length + plan.themes.length + plan.tags.length + plan.notes.length + plan.doneMarks.length > 0;
  return plan;
}

function emptyReport(incoming: IncomingWork): MergeReport {
  return {
    file: incoming.fileName,
    matched: { documents: 0, themes: 0 },
    added: { documents: [], themes: [], tags: 0, notes: 0, doneMarks: 0, coders: [] },
    alreadyPresent: { tags: 0, notes: 0, doneMarks: 0 },
    leftOut: [],
    notCarried: [...incoming.notCarried],
    remarks: [],
    changed: false,
  };
}

/** A document's sentences as Themata will segment it when it is added (the segmenter is deterministic). */
function sentencesOfNew(document: IncomingDocument, index: number): CurrentSentence[] {
  const toNormal = normalisedOffsets(document.text);
  return segmentText(document.text).map((s, i) => ({ id: -(index * 1_000_000 + i + 1), ...trimmedRange(document.text, s.start, s.end, toNormal) }));
}

function validTime(at: string | null): string | null {
  return at && DATE_TIME.test(at) ? at : null;
}

/**
 * Each incoming theme's place here: an existing theme, one the merge adds,
 * or null when it cannot be added (a name the codebook cannot hold).
 */
function matchThemes(incoming: IncomingWork, current: CurrentWork, plan: MergePlan, leftOut: LeftOutList, remarks: string[]): Map<string, ThemeRef | null> {
  const byGuid = new Map(current.themes.filter((t) => t.guid).map((t) => [t.guid!, t]));
  const byId = new Map(current.themes.map((t) => [t.id, t]));
  const placeKey = (parent: ThemeRef | null, name: string) => `${parent ? refKey(parent) : 'top'}/${name.toLowerCase()}`;
  const byPlace = new Map<string, ThemeRef>();
  // Theme names are unique in a codebook, whatever their place.
  const byName = new Map<string, ThemeRef>();
  for (const theme of current.themes) {
    const ref: ThemeRef = { kind: 'existing', id: theme.id };
    byPlace.set(placeKey(theme.parentId === null ? null : { kind: 'existing', id: theme.parentId }, theme.name), ref);
    byName.set(theme.name.toLowerCase(), ref);
  }
  const nameOf = (ref: ThemeRef) => (ref.kind === 'existing' ? byId.get(ref.id)!.name : plan.themes[ref.index]!.theme.name);
  const resolved = new Map<string, ThemeRef | null>();
  const matched = new Set<string>();
  const match = (theme: IncomingTheme, ref: ThemeRef) => {
    resolved.set(theme.key, ref);
    if (ref.kind === 'existing' && !matched.has(refKey(ref))) plan.report.matched.themes += 1;
    matched.add(refKey(ref));
  };
  for (const theme of incoming.themes) {
    const parent = theme.parentKey ? (resolved.get(theme.parentKey) ?? null) : null;
    const sameGuid = theme.guid ? byGuid.get(theme.guid) : undefined;
    if (sameGuid) {
      match(theme, { kind: 'existing', id: sameGuid.id });
      continue;
    }
    const name = theme.name.trim();
    const samePlace = byPlace.get(placeKey(parent, name));
    if (samePlace) {
      match(theme, samePlace);
      continue;
    }
    if (!isThemeName(name)) {
      resolved.set(theme.key, null);
      leftOut.add('themes', `${quoted(name)} cannot name a theme (at most 120 characters, not only digits, no line breaks)`);
      continue;
    }
    const sameName = byName.get(name.toLowerCase());
    if (sameName) {
      match(theme, sameName);
      const where = sameName.kind === 'existing' ? byId.get(sameName.id)!.parentId : plan.themes[sameName.index]!.parent;
      const here = where === null ? 'at the top of the codebook' : `under ${quoted(typeof where === 'number' ? byId.get(where)!.name : nameOf(where))}`;
      const there = parent === null ? 'at the top' : `under ${quoted(nameOf(parent))}`;
      remarks.push(`${quoted(name)} (${there} in ${incoming.fileName}) matched the theme of that name, which sits ${here} in this notebook`);
      continue;
    }
    const ref: ThemeRef = { kind: 'added', index: plan.themes.length };
    plan.themes.push({ theme: { ...theme, name }, parent });
    plan.report.added.themes.push(name);
    resolved.set(theme.key, ref);
    byPlace.set(placeKey(parent, name), ref);
    byName.set(name.toLowerCase(), ref);
  }
  return resolved;
}
