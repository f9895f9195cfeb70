/**
 * The one module that touches window.themata. Every call resolves to a result
 * (never rejects); `request` also turns a failure into a message on screen.
 */
import type {
  Channel,
  ChannelInput,
  ChannelOutput,
  ErrorCode,
  ErrorInfo,
  EventName,
  EventPayload,
  Result,
  ThemataApi,
  Unsubscribe,
} from '../../electron/contract';
import { showMessage } from './messages';

type CallOf<C extends Channel> = (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;

const unreachable: ErrorInfo = {
  code: 'internal',
  message: 'Themata lost touch with the notebook; restart Themata and your saved work will be there.',
};

function api(): ThemataApi | undefined {
  return (window as { themata?: ThemataApi }).themata;
}

/** Calls one channel; a transport failure becomes an `internal` error value. */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
  const themata = api();
  if (!themata) return { ok: false, error: unreachable };
  try {
    const fn = themata[channel] as unknown as CallOf<C>;
    const result = await fn(input);
    if (result && typeof result === 'object' && 'ok' in result) return result;
    return { ok: false, error: unreachable };
  } catch {
    return { ok: false, error: unreachable };
  }
}

export interface RequestOptions {
  /** Error codes the caller handles itself: no message is shown for them. */
  quiet?: readonly ErrorCode[];
}

/** Calls one channel and shows its error, if any; resolves to the value or null. */
export async function request<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
  options: RequestOptions = {},
): Promise<ChannelOutput<C> | null> {
  const result = await call(channel, input);
  if (result.ok) return result.value;
  if (!options.quiet?.includes(result.error.code)) showMessage('error', result.error.message);
  return null;
}

/** Listens to an event from the main process; returns the unsubscribe. */
export function on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): Unsubscribe {
  const themata = api();
  if (!themata) return () => {};
  try {
    return themata.on(event, listener);
  } catch {
    return () => {};
  }
}
