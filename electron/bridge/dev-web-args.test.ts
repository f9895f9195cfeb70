import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDevWebArgs } from './dev-web-args';

describe('parseDevWebArgs', () => {
  it('serves the default notebook on a random port when given nothing', () => {
    expect(parseDevWebArgs([])).toEqual({ notebookPath: null, port: undefined, readOnly: false });
  });

  it('takes --notebook PATH and --notebook=PATH, resolved', () => {
    expect(parseDevWebArgs(['--notebook', 'study/S.themata'])).toMatchObject({ notebookPath: path.resolve('study/S.themata') });
    expect(parseDevWebArgs(['--notebook=/d/a=b.themata'])).toMatchObject({ notebookPath: '/d/a=b.themata' });
  });

  it('takes a port', () => {
    expect(parseDevWebArgs(['--port', '5199'])).toMatchObject({ port: 5199 });
    expect(parseDevWebArgs(['--port=0'])).toMatchObject({ port: 0 });
  });

  it('takes the options together, in any order', () => {
    expect(parseDevWebArgs(['--read-only', '--port', '5199', '--notebook', '/d/S.themata'])).toEqual({ notebookPath: '/d/S.themata', port: 5199, readOnly: true });
  });

  it('takes --read-only, to serve the notebook for reading', () => {
    expect(parseDevWebArgs(['--read-only'])).toMatchObject({ readOnly: true });
  });

  it.each([
    [['--notebook']],
    [['--notebook=']],
    [['--notebook', '--read-only']],
    [['--read-only=yes']],
    [['--port', 'eighty']],
    [['--port', '70000']],
    [['--port=']],
    [['--port', '-1']],
    [['--verbose']],
    [['Study.themata']],
  ])('refuses %j with one line', (argv) => {
    const parsed = parseDevWebArgs(argv);
    expect(parsed).toHaveProperty('error');
    if ('error' in parsed) expect(parsed.error).not.toContain('\n');
  });
});
