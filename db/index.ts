/** The notebook store: everything the CLI, the desktop app and the tests need, with no Electron. */
export { Notebook, openNotebook, ensureDefaultNotebook, seedSampleStudy, type NotebookOptions } from './notebook';
export { NotebookError, isNotebookError } from './notebook-error';
export { defaultNotebookPath, defaultCoder, userDataFolder, NOTEBOOK_EXTENSION } from './default-notebook';
export { readTextFile, MAX_IMPORT_BYTES } from './text-file';
export { salvageNotebook } from './salvage';
export { latestVersion } from './migrations';
export type { ThemeInput, ThemePatch } from './themes';
export type { DocumentInput } from './documents';
/** The shapes the store returns, its name rules and its error codes. */
export * from './domain';
