import { describe, expect, it, vi } from 'vitest';
import { OneWindow, type WindowLike } from './one-window';

class FakeWindow implements WindowLike {
  minimized = false;
  #onClosed = () => {};
  readonly restore = vi.fn(() => void (this.minimized = false));
  readonly focus = vi.fn();
  readonly setTitle = vi.fn((title: string) => void (this.title = title));

  constructor(public title: string) {}

  on(_event: 'closed', listener: () => void): void {
    this.#onClosed = listener;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  close(): void {
    this.#onClosed();
  }
}

function setUp() {
  const opened: FakeWindow[] = [];
  const slot = new OneWindow((title) => {
    const window = new FakeWindow(title);
    opened.push(window);
    return window;
  }, 'Study — Themata');
  return { slot, opened };
}

describe('the one workspace window', () => {
  it('opens the window the first time, titled with the notebook', () => {
    const { slot, opened } = setUp();
    expect(slot.current).toBeNull();
    expect(slot.show()).toBe(false);
    expect(opened.map((window) => window.title)).toEqual(['Study — Themata']);
    expect(slot.current).toBe(opened[0]);
  });

  it('brings an open window forward, restoring it when minimised, and says it was open', () => {
    const { slot, opened } = setUp();
    slot.show();
    opened[0]!.minimized = true;
    expect(slot.show()).toBe(true);
    expect(opened).toHaveLength(1);
    expect(opened[0]!.restore).toHaveBeenCalled();
    expect(opened[0]!.focus).toHaveBeenCalled();
  });

  it('opens a new window after the last one closed, with the title of the notebook opened meanwhile', () => {
    const { slot, opened } = setUp();
    slot.show();
    opened[0]!.close();
    expect(slot.current).toBeNull();
    slot.setTitle('Other — Themata');
    expect(slot.show()).toBe(false);
    expect(opened.map((window) => window.title)).toEqual(['Study — Themata', 'Other — Themata']);
  });

  it('retitles the open window', () => {
    const { slot, opened } = setUp();
    slot.show();
    slot.setTitle('Other (read-only) — Themata');
    expect(opened[0]!.setTitle).toHaveBeenCalledWith('Other (read-only) — Themata');
  });
});
