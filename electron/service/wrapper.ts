/**
 * The one gate every call passes, from Electron's ipcMain and from the
 * loopback bridge alike: check who is asking, check the channel, parse the
 * input, run the handler, and turn whatever happens into a result value.
 * Errors travel as values because a thrown error loses its class over IPC.
 */
import type { z } from 'zod';
import { channels, type Channel, type ErrorInfo, type Handlers, type Result } from '../contract';
import { isNotebookError } from '../../db';
import { RefusedNotebookError } from './salvage';

/** Who sent a call, as far as the transport can tell. */
export interface SenderInfo {
  /** The call came from the app's own window (or, for the bridge, passed its token and origin checks). */
  fromAppWindow: boolean;
  /** The call came from that window's top frame, not an iframe inside it. */
  isMainFrame: boolean;
  /** The URL of the frame that sent the call. */
  url: string;
}

export type Invoke = (channel: unknown, rawInput: unknown, sender: SenderInfo) => Promise<Result<unknown>>;

export interface InvokeOptions {
  handlers: Handlers;
  /** Whether a frame URL is one of the app's own pages. */
  isAppUrl: (url: string) => boolean;
  /** Check each handler's output against the contract (development and tests: it catches handler bugs early). */
  validateOutput: boolean;
  /** Where a failure's stack goes: the main process's console, never the renderer. */
  logFailure?: (channel: Channel, error: unknown) => void;
}

export const INTERNAL_MESSAGE = 'Something went wrong inside Themata; your saved work is safe, so try again or restart Themata.';

export function createInvoke(options: InvokeOptions): Invoke {
  const logFailure = options.logFailure ?? ((channel, error) => console.error(`[themata] ${channel} failed:`, error));

  return async (channel, rawInput, sender) => {
    if (!isTrustedSender(sender, options.isAppUrl)) {
      return failure('untrusted-sender', 'This call did not come from a Themata window, so it was refused.');
    }
    if (!isChannel(channel)) {
      return failure('unknown-channel', `Themata has no call named ${describeChannel(channel)}.`);
    }
    const spec = channels[channel];
    const parsed = spec.input.safeParse(rawInput);
    if (!parsed.success) return failure('invalid-input', describeInputIssue(parsed.error));

    let value: unknown;
    try {
      // One cast at the one place where a channel's handler meets its own parsed input.
      const handler = options.handlers[channel] as (input: unknown) => unknown;
      value = await handler(parsed.data);
    } catch (error) {
      // A refused notebook's path goes with the error, so the page can offer to salvage it.
      if (error instanceof RefusedNotebookError) return failure(error.code, error.message, error.notebookPath);
      if (isNotebookError(error)) return failure(error.code, error.message);
      logFailure(channel, error);
      return failure('internal', INTERNAL_MESSAGE);
    }

    if (options.validateOutput) {
      const checked = (spec.output as z.ZodType).safeParse(value);
      if (!checked.success) {
        logFailure(channel, new Error(`The ${channel} handler returned a value the contract does not allow: ${checked.error.message}`));
        return failure('internal', INTERNAL_MESSAGE);
      }
    }
    return { ok: true, value };
  };
}

export function isTrustedSender(sender: SenderInfo, isAppUrl: (url: string) => boolean): boolean {
  return sender.fromAppWindow && sender.isMainFrame && isAppUrl(sender.url);
}

/** Own keys only: "constructor" or "__proto__" are not channels. */
export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(channels, value);
}

/** One line naming the first problem and the field it is in. */
export function describeInputIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The request was not valid.';
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => fieldName([...issue.path, key]));
    return `The request has ${keys.length === 1 ? 'an unexpected field' : 'unexpected fields'}: ${keys.join(', ')}.`;
  }
  const field = issue.path.length > 0 ? fieldName(issue.path) : 'request';
  const message = oneLine(issue.message).replace(/\.$/, '');
  return `The ${field} is not valid: ${message}.`;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

function describeChannel(channel: unknown): string {
  if (typeof channel !== 'string') return `of type ${channel === null ? 'null' : typeof channel}`;
  return JSON.stringify(oneLine(channel).slice(0, 80));
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function failure(code: ErrorInfo['code'], message: string, path?: string): Result<never> {
  return { ok: false, error: path === undefined ? { code, message } : { code, message, path } };
}
