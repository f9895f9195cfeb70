/** Calls into a handler table the way the page makes them: through the validating wrapper, from the app's own window. */
import type { Channel, ChannelOutput, Handlers, Result } from '../../contract';
import { createInvoke } from '../wrapper';

export function callsFromPage(handlers: Handlers) {
  const invoke = createInvoke({
    handlers,
    isAppUrl: () => true,
    validateOutput: true,
    // A failure inside a handler is a bug in the test's eyes, not an answer.
    logFailure: (channel, error) => {
      throw new Error(`${channel} failed inside: ${String(error)}`);
    },
  });
  return <C extends Channel>(channel: C, input: unknown) =>
    invoke(channel, input, { fromAppWindow: true, isMainFrame: true, url: 'themata://app/' }) as Promise<Result<ChannelOutput<C>>>;
}

/** The value of a call that must succeed. */
export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}
