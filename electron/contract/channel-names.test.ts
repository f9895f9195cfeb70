import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, EVENT_NAMES } from './channel-names';
import { channels, events } from './channels';

describe('the contract names without schemas', () => {
  it('lists every channel of the contract, each once', () => {
    expect(new Set(CHANNEL_NAMES).size).toBe(CHANNEL_NAMES.length);
    expect([...CHANNEL_NAMES].sort()).toEqual(Object.keys(channels).sort());
  });

  it('lists every event of the contract, each once', () => {
    expect(new Set(EVENT_NAMES).size).toBe(EVENT_NAMES.length);
    expect([...EVENT_NAMES].sort()).toEqual(Object.keys(events).sort());
  });
});
