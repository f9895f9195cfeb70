import { describe, expect, it } from 'vitest';
import { LatestAnswer } from './latest-answer';

describe('LatestAnswer', () => {
  it('lets only the most recent request count, however the answers arrive', () => {
    const latest = new LatestAnswer();
    const first = latest.ask();
    expect(first()).toBe(true);
    const second = latest.ask();
    expect(first()).toBe(false);
    expect(second()).toBe(true);
  });

  it('drops every request on its way when told to forget them', () => {
    const latest = new LatestAnswer();
    const pending = latest.ask();
    latest.forget();
    expect(pending()).toBe(false);
    expect(latest.ask()()).toBe(true);
  });
});
