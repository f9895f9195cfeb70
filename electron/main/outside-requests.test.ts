import { describe, expect, it, vi } from 'vitest';
import { OutsideRequests } from './outside-requests';

describe('OutsideRequests', () => {
  it('holds requests made before start-up has finished, and hands them over in order', () => {
    const requests = new OutsideRequests();
    requests.ask('/a/One.themata');
    requests.ask('/a/Two.themata');
    const handler = vi.fn();
    requests.handle(handler);
    expect(handler.mock.calls).toEqual([['/a/One.themata'], ['/a/Two.themata']]);
  });

  it('gives the earliest held request to start-up, and the rest to the handler', () => {
    const requests = new OutsideRequests();
    requests.ask('/a/One.themata');
    requests.ask('/a/Two.themata');
    expect(requests.takeEarliest()).toBe('/a/One.themata');
    const handler = vi.fn();
    requests.handle(handler);
    expect(handler.mock.calls).toEqual([['/a/Two.themata']]);
  });

  it('has nothing for start-up when nothing was asked', () => {
    expect(new OutsideRequests().takeEarliest()).toBeNull();
  });

  it('passes requests straight on once it has a handler, including a bare "bring the window forward"', () => {
    const requests = new OutsideRequests();
    const handler = vi.fn();
    requests.handle(handler);
    requests.ask(null);
    requests.ask('/a/One.themata');
    expect(handler.mock.calls).toEqual([[null], ['/a/One.themata']]);
  });

  it('drops a bare "bring the window forward" before start-up: the window opens anyway', () => {
    const requests = new OutsideRequests();
    requests.ask(null);
    const handler = vi.fn();
    requests.handle(handler);
    expect(handler).not.toHaveBeenCalled();
  });
});
