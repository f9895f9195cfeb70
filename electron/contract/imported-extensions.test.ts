import { describe, expect, it } from 'vitest';
import { ARTICLE_EXTENSIONS } from '../../db/import/article-file';
import { IMPORTED_EXTENSIONS } from './imports';

describe('the kinds of file the workspace offers to import', () => {
  it('are those the notebook has a reader for, no more and no fewer', () => {
    expect([...IMPORTED_EXTENSIONS].sort()).toEqual([...ARTICLE_EXTENSIONS].sort());
  });
});
