/**
 * Whose tags the reader shows, in words and marks: the choices the view
 * switch offers, the short mark on a chip that says whose a tag is, and the
 * one sentence that refuses a key press in another coder's view.
 */
import type { CodersState, TagView } from '../../../electron/contract';

/** A name as the owner of something: "Ben’s", "James’". */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}’` : `${name}’s`;
}

/** The other coders the notebook knows, by name. */
export function otherCoders(state: CodersState): string[] {
  return state.coders.map((c) => c.name).filter((name) => name !== state.current);
}

/** The view switch is offered only when someone besides the coder has coded in the notebook. */
export function offersViewSwitch(state: CodersState | null): boolean {
  return state !== null && otherCoders(state).length > 0;
}

export interface ViewChoice {
  /** The select's value: "mine", "everyone", or "coder:" and the name. */
  value: string;
  label: string;
  view: TagView;
}

/** My tags, each other coder's, everyone's: in that order. */
export function viewChoices(state: CodersState): ViewChoice[] {
  return [
    { value: 'mine', label: 'My tags', view: { kind: 'mine' } },
    ...otherCoders(state).map((name) => ({ value: `coder:${name}`, label: `${possessive(name)} tags`, view: { kind: 'coder', coder: name } as TagView })),
    { value: 'everyone', label: 'Everyone’s tags', view: { kind: 'everyone' } },
  ];
}

/** The select's value for a view; one's own name as "another coder" is simply my tags. */
export function viewValue(view: TagView, current: string): string {
  if (view.kind === 'coder') return view.coder === current ? 'mine' : `coder:${view.coder}`;
  return view.kind;
}

/** Why a key press cannot tag here, or null: in another coder's view the coder would change tags they cannot see. */
export function tagRefusal(state: CodersState | null): string | null {
  if (!state || state.view.kind !== 'coder' || state.view.coder === state.current) return null;
  return `You are viewing ${possessive(state.view.coder)} tags; switch to My tags or Everyone’s to code.`;
}

/** Whether chips say whose each tag is: whenever the view may show someone else's tags. */
export function showsWhose(state: CodersState | null): boolean {
  return offersViewSwitch(state) && state!.view.kind !== 'mine' && !(state!.view.kind === 'coder' && state!.view.coder === state!.current);
}

/**
 * Each coder's short mark for chips: their initials (Ana Lima: AL, ben: B),
 * made longer where two coders would share one, so the marks on a chip are
 * never ambiguous.
 */
export function coderMarks(names: readonly string[]): Map<string, string> {
  const unique = [...new Set(names)];
  const marks = new Map<string, string>();
  for (const name of unique) marks.set(name, initials(name));
  for (let length = 2; length <= 4; length += 1) {
    const taken = new Map<string, number>();
    for (const mark of marks.values()) taken.set(mark, (taken.get(mark) ?? 0) + 1);
    for (const name of unique) {
      if ((taken.get(marks.get(name)!) ?? 0) > 1) marks.set(name, longer(name, length));
    }
  }
  // Still shared (Ana and Anabel Lima?): the whole name says it.
  const counts = new Map<string, number>();
  for (const mark of marks.values()) counts.set(mark, (counts.get(mark) ?? 0) + 1);
  for (const name of unique) if ((counts.get(marks.get(name)!) ?? 0) > 1) marks.set(name, name);
  return marks;
}

function words(name: string): string[] {
  return name.split(/[\s._-]+/u).filter((word) => word.length > 0);
}

function initials(name: string): string {
  const parts = words(name);
  if (parts.length === 0) return name.slice(0, 1).toUpperCase();
  return parts
    .slice(0, 2)
    .map((word) => [...word][0]!.toUpperCase())
    .join('');
}

/** A mark of the first word's first letters, then the last word's initial: "Ana" → "An", "Ana Lima" → "AnL". */
function longer(name: string, length: number): string {
  const parts = words(name);
  const first = [...(parts[0] ?? name)].slice(0, length).join('');
  const rest = parts.length > 1 ? [...parts[parts.length - 1]!][0]!.toUpperCase() : '';
  return `${first.charAt(0).toUpperCase()}${first.slice(1)}${rest}`;
}

/** "ana", "ana and ben", "ana, ben and cleo". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Who has marked a document coded, as its mark says it: "you", "you and ben", "ben". */
export function codedByPhrase(codedBy: readonly string[], current: string): string {
  const you = codedBy.includes(current);
  const others = codedBy.filter((name) => name !== current);
  return listNames(you ? ['you', ...others] : others);
}
