import { READ_ONLY_TITLE } from '../../state/read-only';
import { useWorkspaceState } from '../../state/session-context';
import { useNavigation } from '../../state/navigation';
import { Icon } from '../../ui/Icon';
import { MenuItem } from '../../ui/MenuItem';
import { Popover } from '../../ui/Popover';
import { useImports } from './import-actions';

/** Bringing text in: files or a folder (the system's dialog, or the browser's own), or pasted text. */
export function ImportMenu({ withLabel = false }: { withLabel?: boolean }) {
  const imports = useImports();
  const navigation = useNavigation();
  const readOnly = useWorkspaceState((s) => s.notebook?.readOnly === true);
  return (
    <Popover
      label="Import documents"
      title={readOnly ? READ_ONLY_TITLE : 'Import documents'}
      disabled={readOnly}
      align={withLabel ? 'end' : 'start'}
      // The documents panel's own trigger: its panel would be cut off at the panel's edge.
      escapeClipping={!withLabel}
      triggerClassName={withLabel ? 'button ghost toolbar-button' : 'icon-button'}
      trigger={
        <>
          <Icon name="import" />
          {withLabel ? <span className="toolbar-label">Import</span> : null}
        </>
      }
    >
      {(close) => (
        <div className="menu">
          <MenuItem icon="documents" close={close} onSelect={() => void imports.choose('files')}>
            Import files…<span className="menu-hint">text, web pages, PDF, Word; one document each</span>
          </MenuItem>
          <MenuItem icon="folder" close={close} onSelect={() => void imports.choose('folder')}>
            Import a folder…<span className="menu-hint">every article in it and its subfolders</span>
          </MenuItem>
          <MenuItem icon="codebook" close={close} onSelect={() => void imports.chooseProject()}>
            Import a REFI-QDA project…<span className="menu-hint">.qdpx or .qdc from NVivo, ATLAS.ti, MAXQDA, QualCoder</span>
          </MenuItem>
          <MenuItem icon="merge" close={close} onSelect={() => void imports.chooseWorkToMerge()}>
            Merge another coder’s work…<span className="menu-hint">their notebook (.themata) or project (.qdpx)</span>
          </MenuItem>
          <MenuItem icon="paste" close={close} onSelect={() => navigation.openDialog({ kind: 'paste' })}>
            Paste as new document…<span className="menu-hint">text from the clipboard</span>
          </MenuItem>
          <p className="menu-note">You can also drop files and folders on the window.</p>
        </div>
      )}
    </Popover>
  );
}
