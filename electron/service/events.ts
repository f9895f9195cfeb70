/**
 * Events from the app to the page (a notebook opened from the menu, a menu
 * command). Payloads are checked against the contract before they leave,
 * whichever way they go (Electron's webContents, the bridge's event stream),
 * so the page can trust their shape.
 */
import { events, type EventName, type EventPayload } from '../contract';

export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** The payload as the contract allows it; throws on one it does not. */
export function checkedPayload<E extends EventName>(event: E, payload: EventPayload<E>): EventPayload<E> {
  return events[event].parse(payload) as EventPayload<E>;
}
