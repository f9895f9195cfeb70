import { describe, expect, it } from 'vitest';
import { nextRevealStep, REVEAL_MARGIN, revealScrollDelta, type RevealObservation } from './reveal';

const view = { top: 100, bottom: 900 };
const lots = { up: 1_000_000, down: 1_000_000 };

describe('where a revealed sentence sits', () => {
  it('leaves a sentence that is in view, with room around it, where it is', () => {
    expect(revealScrollDelta(view, { top: 400, bottom: 430 }, 'nearest', lots)).toBe(0);
  });

  it('scrolls just enough to show a sentence above or below the view', () => {
    expect(revealScrollDelta(view, { top: 20, bottom: 50 }, 'nearest', lots)).toBe(20 - (100 + REVEAL_MARGIN));
    expect(revealScrollDelta(view, { top: 1200, bottom: 1260 }, 'nearest', lots)).toBe(1260 - (900 - REVEAL_MARGIN));
  });

  it('shows the start of a sentence taller than the view', () => {
    expect(revealScrollDelta(view, { top: 850, bottom: 2850 }, 'nearest', lots)).toBe(850 - (100 + REVEAL_MARGIN));
  });

  it('puts the sentence at the top or in the middle when asked', () => {
    expect(revealScrollDelta(view, { top: 600, bottom: 640 }, 'start', lots)).toBe(600 - (100 + REVEAL_MARGIN));
    expect(revealScrollDelta(view, { top: 600, bottom: 640 }, 'center', lots)).toBe(120);
  });

  it('stops where the document does', () => {
    expect(revealScrollDelta(view, { top: 5000, bottom: 5040 }, 'center', { up: 100, down: 300 })).toBe(300);
    expect(revealScrollDelta(view, { top: 880, bottom: 920 }, 'start', { up: 100_000, down: 0 })).toBe(0);
  });

  it('shows the start of the document for its first sentences', () => {
    // Sentence at 150px from the document's top, the view scrolled 2,000px down.
    expect(revealScrollDelta(view, { top: -1750, bottom: -1720 }, 'nearest', { up: 2000, down: 0 })).toBe(-2000);
    expect(revealScrollDelta(view, { top: -1750, bottom: -1720 }, 'start', { up: 2000, down: 0 })).toBe(-2000);
    // Already at the top: a sentence low in the first view stays where it is.
    expect(revealScrollDelta(view, { top: 500, bottom: 530 }, 'start', { up: 0, down: 9000 })).toBe(0);
  });

  it('ignores less than a pixel', () => {
    expect(revealScrollDelta(view, { top: 499.6, bottom: 500.4 }, 'center', lots)).toBe(0);
  });
});

describe('revealing a sentence frame by frame', () => {
  const seen = (change: Partial<RevealObservation>): RevealObservation => ({
    rowIndex: 1200,
    rowLoaded: true,
    fetching: false,
    rowDrawn: true,
    target: { top: 400, bottom: 430 },
    view,
    room: lots,
    align: 'nearest',
    placeholdersDrawn: false,
    ...change,
  });

  it('waits for the sentence’s page before moving the view', () => {
    expect(nextRevealStep(seen({ rowLoaded: false, fetching: true, rowDrawn: false, target: null }))).toEqual({ kind: 'wait' });
  });

  it('scrolls to the row of a sentence that is not drawn', () => {
    expect(nextRevealStep(seen({ rowDrawn: false, target: null }))).toEqual({ kind: 'scroll-to-row', index: 1200 });
  });

  it('still goes to the row when its page could not be fetched', () => {
    expect(nextRevealStep(seen({ rowLoaded: false, fetching: false, rowDrawn: false, target: null }))).toEqual({
      kind: 'scroll-to-row',
      index: 1200,
    });
  });

  it('waits for a drawn row to show its sentence', () => {
    expect(nextRevealStep(seen({ target: null }))).toEqual({ kind: 'wait' });
  });

  it('corrects by what it measures on screen once the sentence is drawn', () => {
    expect(nextRevealStep(seen({ target: { top: 3000, bottom: 3030 } }))).toEqual({
      kind: 'scroll-by',
      delta: 3030 - (900 - REVEAL_MARGIN),
    });
  });

  it('is in place only once no page on its way can cut the rows anew', () => {
    expect(nextRevealStep(seen({ placeholdersDrawn: true }))).toEqual({ kind: 'wait' });
    expect(nextRevealStep(seen({ fetching: true }))).toEqual({ kind: 'wait' });
    expect(nextRevealStep(seen({}))).toEqual({ kind: 'in-place' });
  });
});
