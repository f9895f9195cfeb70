/**
 * Types derived from the contract tables. Nobody writes a channel name or a
 * payload type by hand: they all come from `channels` and `events`.
 */
import type { z } from 'zod';
import { channels, events } from './channels';
import type { ErrorInfo } from './errors';

export { channels, events, MenuCommand } from './channels';
export * from './domain';
export * from './errors';
export * from './imports';
export * from './projects';
export * from './merge';
export * from './search-reading';
export * from './document-filter';
export * from './detail-groups';

export type Channel = keyof typeof channels;
export type EventName = keyof typeof events;

/** What the renderer passes (before defaults are applied). */
export type ChannelInput<C extends Channel> = z.input<(typeof channels)[C]['input']>;
/** What a handler receives, after the schema has parsed it. */
export type ParsedInput<C extends Channel> = z.output<(typeof channels)[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<(typeof channels)[C]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

/** Calls resolve to a value or an error; they never reject across the boundary. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

/** The main-process side: one function per channel. */
export type Handlers = {
  [C in Channel]: (input: ParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

export type Unsubscribe = () => void;

/** The renderer side, exposed as `window.themata` by the preload (or the browser bridge). */
export type ThemataApi = {
  [C in Channel]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): Unsubscribe;
};

export const channelNames = Object.keys(channels) as Channel[];
export const eventNames = Object.keys(events) as EventName[];
export * from './agreement';
