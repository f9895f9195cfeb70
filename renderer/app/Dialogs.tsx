import { RestoreBackupDialog } from '../features/backups/RestoreBackupDialog';
import { CoderDialog } from '../features/coders/CoderDialog';
import { DeleteThemeDialog } from '../features/codebook/DeleteThemeDialog';
import { MergeThemeDialog } from '../features/codebook/MergeThemeDialog';
import { RemoveDocumentDialog } from '../features/documents/RemoveDocumentDialog';
import { ExportDialog } from '../features/export/ExportDialog';
import { ImportReportDialog } from '../features/import/ImportReportDialog';
import { ProjectImportDialog } from '../features/import/ProjectImportDialog';
import { PasteDialog } from '../features/import/PasteDialog';
import { MemoDialog } from '../features/memos/MemoDialog';
import { MergeReportDialog } from '../features/merge/MergeReportDialog';
import { GoToSentenceDialog } from '../features/reader/GoToSentenceDialog';
import { SalvageDialog } from '../features/salvage/SalvageDialog';
import { SalvageReportDialog } from '../features/salvage/SalvageReportDialog';
import { ShortcutsOverlay } from '../features/shortcuts/ShortcutsOverlay';
import { ThemePalette } from '../features/themes/ThemePalette';
import { capabilities } from '../lib/capabilities';
import { isMac } from '../lib/platform';
import { useWorkspaceState } from '../state/session-context';
import { shortcutGroups } from './keyboard-map';

/** The one dialog open at a time, if any. */
export function Dialogs() {
  const dialog = useWorkspaceState((s) => s.dialog);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'palette':
      return <ThemePalette />;
    case 'export':
      return <ExportDialog />;
    case 'paste':
      return <PasteDialog />;
    case 'shortcuts':
      return <ShortcutsOverlay groups={shortcutGroups(isMac, capabilities.menuBar)} />;
    case 'salvage':
      return <SalvageDialog offer={dialog.offer} />;
    case 'salvage-report':
      return <SalvageReportDialog report={dialog.report} />;
    case 'delete-theme':
      return <DeleteThemeDialog themeId={dialog.themeId} />;
    case 'merge-theme':
      return <MergeThemeDialog themeId={dialog.themeId} />;
    case 'delete-document':
      return <RemoveDocumentDialog documentId={dialog.documentId} />;
    case 'restore-backup':
      return <RestoreBackupDialog />;
    case 'go-to-sentence':
      return <GoToSentenceDialog />;
    case 'coder':
      return <CoderDialog />;
    case 'memo':
      return <MemoDialog subject={dialog.subject} />;
    case 'import-report':
      return <ImportReportDialog />;
    case 'project-import':
      return <ProjectImportDialog imported={dialog.imported} />;
    case 'merge-report':
      return <MergeReportDialog report={dialog.report} />;
  }
}
