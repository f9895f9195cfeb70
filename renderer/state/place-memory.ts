/**
 * Where the researcher was in each notebook: the open document and the
 * selected sentence, so a reload (or the next start) opens there. Kept by
 * the page, per notebook file; it is where the researcher was, not part of
 * the notebook, so it is not written to the notebook or its history.
 */
export interface Place {
  documentId: number;
  sentence: number;
}

const PREFIX = 'themata.place:';

/** Where the researcher was in the notebook at this path, or null. */
export function recallPlace(notebookPath: string, storage: Storage | null = pageStorage()): Place | null {
  try {
    const raw = storage?.getItem(PREFIX + notebookPath);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Place>;
    if (!Number.isInteger(value.documentId) || !Number.isInteger(value.sentence)) return null;
    return { documentId: value.documentId!, sentence: Math.max(1, value.sentence!) };
  } catch {
    return null;
  }
}

export function rememberPlace(notebookPath: string, place: Place, storage: Storage | null = pageStorage()): void {
  try {
    storage?.setItem(PREFIX + notebookPath, JSON.stringify(place));
  } catch {
    // A full or disabled storage only costs the place after a reload.
  }
}

function pageStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
