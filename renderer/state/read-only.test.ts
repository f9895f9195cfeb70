import { describe, expect, it } from 'vitest';
import { dialogChangesNotebook } from './read-only';
import type { Dialog } from './workspace-state';

const everyDialog: Dialog[] = [
  { kind: 'palette' },
  { kind: 'export' },
  { kind: 'paste' },
  { kind: 'shortcuts' },
  { kind: 'delete-theme', themeId: 1 },
  { kind: 'merge-theme', themeId: 1 },
  { kind: 'delete-document', documentId: 1 },
];

describe('what a read-only notebook refuses', () => {
  it('refuses the dialogs that apply themes, import or remove; keeps export and the shortcuts', () => {
    expect(everyDialog.filter((d) => !dialogChangesNotebook(d)).map((d) => d.kind)).toEqual(['export', 'shortcuts']);
  });
});
