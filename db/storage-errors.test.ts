import { describe, expect, it } from 'vitest';
import { NotebookError } from './notebook-error';
import { translateStorageError } from './storage-errors';

function sqliteError(code: string): Error {
  return Object.assign(new Error(`raw ${code}`), { code });
}

describe('storage failures in plain words', () => {
  it.each([
    ['SQLITE_FULL', 'disk-full', /^There is not enough space on the disk to save Study\.themata; nothing was changed\.$/],
    ['SQLITE_IOERR_WRITE', 'disk-error', /disk reported an error while Themata was using Study\.themata \(ioerr_write\); nothing was changed/],
    ['SQLITE_IOERR', 'disk-error', /disk reported an error/],
    ['SQLITE_READONLY', 'read-only', /can only be read .*nothing was changed/],
    ['SQLITE_READONLY_DIRECTORY', 'read-only', /can only be read/],
    ['SQLITE_CANTOPEN', 'file-unreadable', /cannot open .*nothing was changed/],
    ['SQLITE_CORRUPT', 'notebook-damaged', /is damaged .*Restore a backup/],
    ['SQLITE_NOTADB', 'notebook-damaged', /is damaged/],
    ['SQLITE_BUSY', 'notebook-busy', /open in another Themata window or process/],
  ])('%s becomes %s with one sentence naming the notebook', (code, expected, message) => {
    const translated = translateStorageError(sqliteError(code), '/home/ana/Study.themata');
    expect(translated).toBeInstanceOf(NotebookError);
    expect((translated as NotebookError).code).toBe(expected);
    expect((translated as NotebookError).message).toMatch(message);
    expect((translated as NotebookError).message).not.toContain('raw');
  });

  it.each([
    ['ENOSPC', 'disk-full'],
    ['EROFS', 'read-only'],
    ['EIO', 'disk-error'],
  ])('the file system\'s %s becomes %s', (code, expected) => {
    const error = Object.assign(new Error('fs'), { code });
    expect((translateStorageError(error, '/n/Study.themata') as NotebookError).code).toBe(expected);
  });

  it('leaves a bug a bug', () => {
    const bug = new TypeError('x is undefined');
    expect(translateStorageError(bug, '/n/Study.themata')).toBe(bug);
    const constraint = sqliteError('SQLITE_CONSTRAINT_UNIQUE');
    expect(translateStorageError(constraint, '/n/Study.themata')).toBe(constraint);
  });
});
