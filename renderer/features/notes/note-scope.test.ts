import { describe, expect, it } from 'vitest';
import { describeNoteScope, noteScope } from './note-scope';

describe('which sentence a note goes to with several selected', () => {
  it('says nothing for one selected sentence', () => {
    expect(noteScope({ anchor: 4, focus: 4 }, 4, null)).toBeNull();
    expect(noteScope(null, 4, null)).toBeNull();
  });

  it('names the focused sentence and how many are selected, extended either way', () => {
    expect(noteScope({ anchor: 4, focus: 7 }, 7, null)).toEqual({ number: 7, selected: 4 });
    expect(noteScope({ anchor: 7, focus: 4 }, 4, null)).toEqual({ number: 4, selected: 4 });
    expect(describeNoteScope({ number: 7, selected: 4 })).toBe(
      'This note is on sentence 7 only, the focused one of the 4 selected. A note belongs to one sentence; themes go to all 4.',
    );
  });

  it('counts only the sentences a filter shows, as tagging does', () => {
    expect(noteScope({ anchor: 2, focus: 9 }, 9, [2, 5, 9, 12])).toEqual({ number: 9, selected: 3 });
    // One visible sentence in the range: nothing to explain.
    expect(noteScope({ anchor: 3, focus: 5 }, 5, [5, 9])).toBeNull();
  });

  it('says nothing for a note outside the selection', () => {
    expect(noteScope({ anchor: 2, focus: 4 }, 9, null)).toBeNull();
  });
});
