import { describe, expect, it } from 'vitest';
import { capabilitiesOf } from './capabilities';

describe('what the workspace offers where it runs', () => {
  it('saves an export through the save dialog on the desktop, and offers Show in folder', () => {
    expect(capabilitiesOf('desktop')).toEqual({ export: 'save-dialog', showInFolder: true, menuBar: true });
  });

  it('downloads an export in the browser, and offers no Show in folder, which a page cannot do, nor view keys a browser keeps for its tabs', () => {
    expect(capabilitiesOf('browser')).toEqual({ export: 'download', showInFolder: false, menuBar: false });
  });
});
