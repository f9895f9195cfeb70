/**
 * A REFI-QDA project (read by refi-read.ts) as incoming work: codes as
 * themes, text sources as documents, each coding of a selection a tag by
 * its user, notes on selections notes. Positions are code points in the
 * standard; they are brought onto the text's UTF-16 offsets here.
 */
import { CodePointIndex } from '../exchange/code-points';
import type { ReadProject } from '../exchange/refi-read';
import { contentHash, normalisedOffsets } from './content-hash';
import { NO_DETAILS, trimmedRange, type IncomingWork } from './incoming-work';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function projectWork(project: ReadProject, fileName: string): IncomingWork {
  const work: IncomingWork = { kind: 'project', fileName, documents: [], themes: [], tags: [], notes: [], doneMarks: [], notCarried: [...project.notRepresented] };
  const soleUser = project.users.size === 1 ? [...project.users.values()][0]! : null;
  const coderOf = (userGuid: string | null) => (userGuid ? project.users.get(userGuid) : undefined) ?? soleUser;

  const codeGuids = new Set(project.codes.map((c) => c.guid).filter((g): g is string => g !== null));
  project.codes.forEach((code, index) => {
    work.themes.push({
      key: code.guid ?? `code:${index}`, guid: code.guid, name: code.name.trim(), colour: code.colour, description: code.description,
      parentKey: code.parentGuid && codeGuids.has(code.parentGuid) ? code.parentGuid : null,
    });
  });

  let withoutText = 0;
  let wholeSource = 0;
  let outside = 0;
  let noCoder = 0;
  let unknownCode = 0;
  project.sources.forEach((source, index) => {
    if (source.text === null || source.text.trim() === '') {
      withoutText += 1;
      return;
    }
    const text = source.text;
    const key = source.guid ?? `source:${index}`;
    work.documents.push({ key, guid: source.guid, title: source.name, text, hash: contentHash(text), details: NO_DETAILS });
    wholeSource += source.sourceCodings;
    const positions = new CodePointIndex(text);
    const toNormal = normalisedOffsets(text);
    for (const selection of source.selections) {
      if (!Number.isFinite(selection.start) || !Number.isFinite(selection.end) || selection.start < 0 || selection.end <= selection.start || selection.end > positions.length) {
        outside += selection.codings.length + selection.noteGuids.length;
        continue;
      }
      const range = { documentKey: key, ...trimmedRange(text, positions.toUtf16(selection.start), positions.toUtf16(selection.end), toNormal) };
      const coders = new Set<string>();
      for (const coding of selection.codings) {
        const coder = coderOf(coding.userGuid);
        if (coder === null) noCoder += 1;
        else if (!coding.codeGuid || !codeGuids.has(coding.codeGuid)) unknownCode += 1;
        else {
          coders.add(coder);
          work.tags.push({ ...range, themeKey: coding.codeGuid, coder, at: coding.at, guid: null });
        }
      }
      for (const guid of selection.noteGuids) {
        const note = project.notes.get(guid);
        if (!note || note.text.trim() === '') continue;
        const coder = coderOf(note.userGuid) ?? (coders.size === 1 ? [...coders][0]! : null);
        if (coder === null) noCoder += 1;
        else work.notes.push({ ...range, coder, body: note.text, createdAt: note.createdAt, updatedAt: note.updatedAt, guid });
      }
    }
  });
  if (withoutText) work.notCarried.push(`${plural(withoutText, 'text source', 'text sources')} without any text left out`);
  if (wholeSource) work.notCarried.push(`${plural(wholeSource, 'coding of a whole source', 'codings of a whole source')} left out (Themata tags sentences)`);
  if (outside) work.notCarried.push(`${plural(outside, 'coding or note', 'codings or notes')} outside their source's text left out`);
  if (noCoder) work.notCarried.push(`${plural(noCoder, 'coding or note', 'codings or notes')} naming no coder left out`);
  if (unknownCode) work.notCarried.push(`${plural(unknownCode, 'coding', 'codings')} naming a code the file does not have left out`);
  return work;
}
