/** The notebook store: everything the CLI, the desktop app and the tests need, with no Electron. */
export { Notebook, openNotebook, ensureDefaultNotebook, seedSampleStudy, type NotebookOptions } from './notebook';
export { NotebookError, isNotebookError } from './notebook-error';
export { defaultNotebookPath, defaultCoder, userDataFolder, NOTEBOOK_EXTENSION } from './default-notebook';
export { coderPreferenceFile, readRememberedCoder, rememberCoder, startingCoder, whoIsCoding } from './coder-preference';
export { readTextFile, textFromBytes, MAX_IMPORT_BYTES, type TextFile } from './text-file';
export { findTextFiles, type ImportFile } from './import/find-files';
export type { ImportOutcome, ImportReport, ImportSource, GradualImportOptions } from './import/import-files';
export { salvageNotebook } from './salvage';
export { latestVersion } from './migrations';
export type { ThemeInput, ThemePatch } from './themes';
export type { DocumentInput } from './documents';
/** The shapes the store returns, its name rules and its error codes. */
export * from './domain';
/** Agreement between coders: its shapes, the consensus coder's name, and how each figure reads. */
export * from './agreement/domain';
export { FIGURE_NAMES, formatFigure, readFigure, type AgreementFigure, type FigureReading, type ReadingLevel } from './agreement/readings';
