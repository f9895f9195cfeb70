/**
 * The browser's own file chooser, for the browser workspace (a page cannot
 * show the system's dialog through the bridge): several files, or a folder
 * (webkitdirectory). Resolves to the files picked; none when cancelled.
 */
import { IMPORTED_EXTENSIONS, MERGE_EXTENSIONS, PROJECT_EXTENSIONS } from '../../../electron/contract';
import { pickedFiles, type PickedFile } from './dropped-files';

/** Several articles, a folder of them, one REFI-QDA project or codebook, or another coder's work to merge. */
export function pickInPage(kind: 'files' | 'folder' | 'project' | 'merge'): Promise<PickedFile[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = kind === 'files' || kind === 'folder';
    if (kind === 'folder') input.webkitdirectory = true;
    else input.accept = (kind === 'project' ? PROJECT_EXTENSIONS : kind === 'merge' ? MERGE_EXTENSIONS : IMPORTED_EXTENSIONS).join(',');
    input.hidden = true;
    input.dataset.import = kind;
    const done = (files: PickedFile[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => done(pickedFiles([...(input.files ?? [])])), { once: true });
    input.addEventListener('cancel', () => done([]), { once: true });
    // In the document while the chooser is open, so it can be found and answered.
    document.body.append(input);
    input.click();
  });
}
