/**
 * Reads a REFI-QDA project (.qdpx) or codebook (.qdc) into plain values,
 * before anything in the notebook changes: the archive and XML are checked,
 * each source's text found (a .docx beside an empty or missing .txt, as
 * NVivo writes it, is read with mammoth), and what Themata cannot hold is
 * counted for the report.
 */
import { normaliseGuid } from '../guid';
import { NotebookError } from '../notebook-error';
import { readArchive, type Archive } from './qdpx-archive';
import { child, children, parseXml, type XmlElement } from './xml';

export interface ReadCode {
  guid: string | null;
  name: string;
  colour: string | null;
  description: string;
  parentGuid: string | null;
  /** Notes referred to from the code: its memo. */
  noteGuids: string[];
}

export interface ReadCoding {
  codeGuid: string | null;
  userGuid: string | null;
  at: string | null;
}

export interface ReadSelection {
  guid: string | null;
  start: number;
  end: number;
  codings: ReadCoding[];
  noteGuids: string[];
}

export interface ReadVariableValue {
  variableGuid: string | null;
  value: string;
}

export interface ReadSource {
  guid: string | null;
  name: string;
  /** null when no text could be found. */
  text: string | null;
  createdAt: string | null;
  selections: ReadSelection[];
  /** Codings of the whole source, which Themata cannot hold (it tags sentences). */
  sourceCodings: number;
  noteGuids: string[];
  values: ReadVariableValue[];
}

export interface ReadNote {
  name: string;
  /** The user who wrote it, by GUID, when the file says. */
  userGuid: string | null;
  text: string;
  createdAt: string | null;
  updatedAt: string | null;
}

export interface ReadProject {
  kind: 'project' | 'codebook';
  users: Map<string, string>;
  /** Parents before their children. */
  codes: ReadCode[];
  variables: Map<string, { name: string }>;
  sources: ReadSource[];
  notes: Map<string, ReadNote>;
  projectNoteGuids: string[];
  projectDescription: string;
  /** What the file holds that Themata cannot represent, one line each. */
  notRepresented: string[];
}

const attr = (element: XmlElement, name: string): string | null => element.attributes.get(name) ?? null;
const guidOf = (element: XmlElement, name = 'guid'): string | null => normaliseGuid(attr(element, name));
const noteRefs = (element: XmlElement): string[] => children(element, 'NoteRef').map((r) => guidOf(r, 'targetGUID')).filter((g): g is string => g !== null);

function countLine(count: number, one: string, many: string, rest: string): string[] {
  return count === 0 ? [] : [`${count} ${count === 1 ? one : many} ${rest}`];
}

export async function readRefi(bytes: Uint8Array, fileName: string): Promise<ReadProject> {
  const lower = fileName.toLowerCase();
  const isArchive = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (lower.endsWith('.qdpx') || (isArchive && !lower.endsWith('.qdc'))) {
    // Only the project and the sources' texts are unpacked; pictures, PDFs and media are listed, never inflated.
    const archive = readArchive(bytes, fileName, (name) => name === 'project.qde' || /^sources\/[^/]+\.(txt|docx)$/i.test(name) || /\.qde$/i.test(name));
    const qdeName = archive.names.find((n) => n === 'project.qde') ?? archive.names.find((n) => /^[^/]+\.qde$/i.test(n));
    const qde = qdeName ? archive.read(qdeName) : undefined;
    if (!qde) throw new NotebookError('invalid-input', `${fileName} is not a REFI-QDA project: it has no project.qde.`);
    const root = parseXml(decode(qde, `${fileName} (project.qde)`), `${fileName} (project.qde)`);
    if (root.name !== 'Project') throw new NotebookError('invalid-input', `${fileName} is not a REFI-QDA project: project.qde holds a ${root.name}, not a Project.`);
    return readProject(root, archive);
  }
  const root = parseXml(decode(bytes, fileName), fileName);
  if (root.name === 'CodeBook') return readCodebook(root);
  if (root.name === 'Project') return readProject(root, null);
  throw new NotebookError('invalid-input', `${fileName} is not a REFI-QDA codebook: it holds a ${root.name}, not a CodeBook.`);
}

function decode(bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new NotebookError('invalid-input', `${fileName} is not UTF-8 text, as REFI-QDA files are.`);
  }
}

function emptyProject(kind: ReadProject['kind']): ReadProject {
  return { kind, users: new Map(), codes: [], variables: new Map(), sources: [], notes: new Map(), projectNoteGuids: [], projectDescription: '', notRepresented: [] };
}

/** Codes depth first, parents before children, without recursion: codebooks nest hundreds of levels. */
function readCodes(codes: XmlElement | undefined, project: ReadProject): void {
  if (!codes) return;
  const stack: { element: XmlElement; parent: string | null }[] = children(codes, 'Code').reverse().map((element) => ({ element, parent: null }));
  let notCodable = 0;
  while (stack.length > 0) {
    const { element, parent } = stack.pop()!;
    const guid = guidOf(element);
    if (attr(element, 'isCodable') === 'false') notCodable += 1;
    project.codes.push({
      guid,
      name: attr(element, 'name') ?? '',
      colour: attr(element, 'color'),
      description: child(element, 'Description')?.text.trim() ?? '',
      parentGuid: parent,
      noteGuids: noteRefs(element),
    });
    for (const sub of children(element, 'Code').reverse()) stack.push({ element: sub, parent: guid });
  }
  // Themata tags with every theme; a code that only groups others becomes a theme like any other.
  project.notRepresented.push(...countLine(notCodable, 'code', 'codes', 'marked as not for coding became themes you can tag with'));
}

function readCodebook(root: XmlElement): ReadProject {
  const project = emptyProject('codebook');
  readCodes(child(root, 'Codes'), project);
  const sets = children(child(root, 'Sets') ?? root, 'Set').length;
  project.notRepresented.push(...countLine(sets, 'set of codes', 'sets of codes', 'left out (Themata has no sets)'));
  return project;
}

async function readProject(root: XmlElement, archive: Archive | null): Promise<ReadProject> {
  const project = emptyProject('project');
  let userNumber = 0;
  for (const user of children(child(root, 'Users') ?? root, 'User')) {
    const guid = guidOf(user);
    userNumber += 1;
    if (guid) project.users.set(guid, (attr(user, 'name') ?? attr(user, 'id') ?? '').trim() || `User ${userNumber}`);
  }
  readCodes(child(child(root, 'CodeBook') ?? root, 'Codes'), project);
  for (const variable of children(child(root, 'Variables') ?? root, 'Variable')) {
    const guid = guidOf(variable);
    if (guid) project.variables.set(guid, { name: attr(variable, 'name') ?? '' });
  }
  for (const note of children(child(root, 'Notes') ?? root, 'Note')) {
    const guid = guidOf(note);
    if (!guid) continue;
    const text = child(note, 'PlainTextContent')?.text ?? readText(archive, attr(note, 'plainTextPath')) ?? '';
    project.notes.set(guid, { name: attr(note, 'name') ?? '', userGuid: normaliseGuid(attr(note, 'creatingUser')), text, createdAt: attr(note, 'creationDateTime'), updatedAt: attr(note, 'modifiedDateTime') });
  }
  project.projectNoteGuids = noteRefs(root);
  project.projectDescription = child(root, 'Description')?.text.trim() ?? '';

  const sources = child(root, 'Sources');
  for (const element of sources?.children ?? []) {
    if (element.name !== 'TextSource') continue;
    project.sources.push(await readSource(element, archive));
  }
  const others = (sources?.children ?? []).filter((e) => e.name !== 'TextSource');
  for (const kind of ['PDFSource', 'PictureSource', 'AudioSource', 'VideoSource']) {
    const named = others.filter((e) => e.name === kind).map((e) => `“${attr(e, 'name') ?? 'unnamed'}”`);
    const word = { PDFSource: 'PDF source', PictureSource: 'picture', AudioSource: 'audio source', VideoSource: 'video source' }[kind]!;
    if (named.length) project.notRepresented.push(`${named.length} ${word}${named.length === 1 ? '' : 's'} left out, with their codings (Themata reads text): ${named.join(', ')}`);
  }
  readCases(root, project);
  for (const [element, what] of [['Sets', 'set'], ['Links', 'link'], ['Graphs', 'graph']] as const) {
    const count = child(root, element)?.children.length ?? 0;
    project.notRepresented.push(...countLine(count, what, `${what}s`, `left out (Themata has no ${what}s)`));
  }
  return project;
}

/** A case's variable values go to each source it names; what a case codes, Themata cannot hold. */
function readCases(root: XmlElement, project: ReadProject): void {
  const byGuid = new Map(project.sources.filter((s) => s.guid).map((s) => [s.guid!, s]));
  let caseCodings = 0;
  let unnamedCases = 0;
  for (const element of children(child(root, 'Cases') ?? root, 'Case')) {
    const values = children(element, 'VariableValue').map(readValue);
    const targets = children(element, 'SourceRef').map((r) => byGuid.get(guidOf(r, 'targetGUID') ?? ''));
    for (const source of targets) if (source) source.values.push(...values.filter((v) => !source.values.some((own) => own.variableGuid === v.variableGuid)));
    caseCodings += children(element, 'CodeRef').length;
    if (values.length > 0 && targets.every((t) => !t)) unnamedCases += 1;
  }
  project.notRepresented.push(...countLine(caseCodings, 'code of a case', 'codes of cases', 'left out (Themata codes sentences, not cases)'));
  project.notRepresented.push(...countLine(unnamedCases, 'case', 'cases', 'with variables but no text source left out'));
}

function readValue(element: XmlElement): ReadVariableValue {
  const value = element.children.find((c) => c.name !== 'VariableRef');
  return { variableGuid: guidOf(child(element, 'VariableRef') ?? element, 'targetGUID'), value: value?.text.trim() ?? '' };
}

/** internal://file, or a bare file name, in the archive's sources/. */
function archiveEntry(path: string | null): string | null {
  if (!path) return null;
  const name = path.replace(/^internal:\/\//i, '').replace(/^.*[\\/]/, '');
  return name ? `sources/${name}` : null;
}

function readText(archive: Archive | null, path: string | null): string | null {
  const entry = archiveEntry(path);
  const bytes = entry && archive ? (archive.read(entry) ?? archive.read(archive.names.find((n) => n.toLowerCase() === entry.toLowerCase()) ?? '')) : undefined;
  if (!bytes) return null;
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

async function readDocx(archive: Archive | null, path: string | null): Promise<string | null> {
  const entry = archiveEntry(path);
  const bytes = entry && archive ? archive.read(entry) : undefined;
  if (!bytes) return null;
  try {
    // Loaded only when a project keeps text in Word: every other command starts without it.
    const { default: mammoth } = await import('mammoth');
    return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch {
    return null;
  }
}

async function readSource(element: XmlElement, archive: Archive | null): Promise<ReadSource> {
  const guid = guidOf(element);
  const plainPath = attr(element, 'plainTextPath');
  let text = child(element, 'PlainTextContent')?.text ?? readText(archive, plainPath);
  if (text === null || text.trim() === '') {
    // NVivo may leave the .txt empty and keep the text in the .docx beside it.
    const rich = attr(element, 'richTextPath');
    const beside = guid ? `${guid}.docx` : null;
    const stem = archiveEntry(plainPath)?.replace(/\.txt$/i, '.docx') ?? null;
    text = (await readDocx(archive, rich)) ?? (await readDocx(archive, stem)) ?? (await readDocx(archive, beside ? `internal://${beside}` : null))
      ?? (archive && guid ? await readDocx(archive, archive.names.find((n) => n.toLowerCase() === `sources/${guid}.docx`) ?? null) : null) ?? text;
  }
  const selections: ReadSelection[] = children(element, 'PlainTextSelection').map((selection) => ({
    guid: guidOf(selection),
    start: Number.parseInt(attr(selection, 'startPosition') ?? '', 10),
    end: Number.parseInt(attr(selection, 'endPosition') ?? '', 10),
    codings: children(selection, 'Coding').map((coding) => ({
      codeGuid: guidOf(child(coding, 'CodeRef') ?? coding, 'targetGUID'),
      userGuid: normaliseGuid(attr(coding, 'creatingUser')) ?? normaliseGuid(attr(selection, 'creatingUser')),
      at: attr(coding, 'creationDateTime') ?? attr(selection, 'creationDateTime'),
    })),
    noteGuids: [...noteRefs(selection), ...children(selection, 'Coding').flatMap(noteRefs)],
  }));
  return {
    guid,
    name: (attr(element, 'name') ?? '').trim(),
    // Kept verbatim: positions count every character of it, carriage returns too.
    text,
    createdAt: attr(element, 'creationDateTime'),
    selections,
    sourceCodings: children(element, 'Coding').length,
    noteGuids: noteRefs(element),
    values: children(element, 'VariableValue').map(readValue),
  };
}

