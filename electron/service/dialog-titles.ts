/**
 * The titles of the system's file dialogs, one per Dialogs method. The desktop
 * app gives them to Electron; the end-to-end fixtures recognise each dialog by
 * its title, so they read them from here rather than from the main process.
 */
export const DIALOG_TITLES = {
  openNotebook: 'Open Notebook',
  newNotebook: 'New Notebook',
  importFiles: 'Import Articles',
  importFolder: 'Import a Folder',
  importProject: 'Import a REFI-QDA Project',
  mergeWork: 'Merge Another Coder’s Work',
  exportFile: 'Export',
  salvageNotebook: 'Salvage a Copy',
} as const;
