import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OpenRequests } from './open-requests';

describe('requests to open a notebook from outside the page', () => {
  it('accepts an offered notebook once, by any spelling of its path', () => {
    const requests = new OpenRequests();
    const offered = requests.offer('/home/ana/notes/../Study.themata');
    expect(offered).toBe(path.resolve('/home/ana/Study.themata'));
    expect(requests.take('/home/ana/Study.themata')).toBe(true);
    expect(requests.take('/home/ana/Study.themata')).toBe(false);
  });

  it('refuses a path that was never offered', () => {
    const requests = new OpenRequests();
    requests.offer('/home/ana/Study.themata');
    expect(requests.take('/etc/passwd')).toBe(false);
  });
});
