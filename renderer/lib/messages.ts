/**
 * Messages for the researcher: errors from the notebook, confirmations such as
 * "Undid: Tag sentence 3 as Missile claims". Shown as toasts; one sentence each.
 */
import { Store } from './store';

export type MessageKind = 'error' | 'info' | 'success';

export interface MessageAction {
  label: string;
  run: () => void;
}

export interface Message {
  id: number;
  kind: MessageKind;
  text: string;
  action: MessageAction | null;
}

const LIFETIME_MS: Record<MessageKind, number> = { error: 9000, info: 4000, success: 4000 };
const MAX_VISIBLE = 3;

export const messages = new Store<{ list: readonly Message[] }>({ list: [] });

let nextId = 1;

export function showMessage(kind: MessageKind, text: string, action: MessageAction | null = null): number {
  const id = nextId++;
  const message: Message = { id, kind, text: oneSentence(text), action };
  messages.set((s) => ({ list: [...s.list.filter((m) => m.text !== message.text), message].slice(-MAX_VISIBLE) }));
  setTimeout(() => dismissMessage(id), LIFETIME_MS[kind] + (action ? 4000 : 0));
  return id;
}

export function dismissMessage(id: number): void {
  messages.set((s) => (s.list.some((m) => m.id === id) ? { list: s.list.filter((m) => m.id !== id) } : {}));
}

/** Takes away messages that no longer hold, e.g. an "Undo" offer once the change is undone. */
export function dismissMessages(which: (message: Message) => boolean): void {
  messages.set((s) => (s.list.some(which) ? { list: s.list.filter((m) => !which(m)) } : {}));
}

/**
 * Keeps what a researcher can act on: the first line, without a stack trace
 * or an exception's class name, and never longer than a short paragraph.
 */
export function oneSentence(text: string): string {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '')?.trim() ?? '';
  const withoutClass = firstLine.replace(/^(?:[A-Z][A-Za-z]*)?Error:\s*/, '');
  const clipped = withoutClass.length > 280 ? `${withoutClass.slice(0, 277).trimEnd()}…` : withoutClass;
  return clipped || 'Something went wrong; try again.';
}
