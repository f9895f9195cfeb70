import { useWorkspace } from '../../app/workspace-context';
import { Icon } from '../../ui/Icon';
import { Popover } from '../../ui/Popover';

/** Bringing text in: from files (the system dialog) or by pasting it. */
export function ImportMenu({ withLabel = false }: { withLabel?: boolean }) {
  const workspace = useWorkspace();
  return (
    <Popover
      label="Import documents"
      title="Import documents"
      align={withLabel ? 'end' : 'start'}
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
          <button
            type="button"
            className="menu-item"
            onClick={() => {
              close();
              void workspace.documents.importFiles();
            }}
          >
            <Icon name="folder" />
            <span>
              Import files…<span className="menu-hint">.txt and .md, one document each</span>
            </span>
          </button>
          <button
            type="button"
            className="menu-item"
            onClick={() => {
              close();
              workspace.openDialog({ kind: 'paste' });
            }}
          >
            <Icon name="paste" />
            <span>
              Paste as new document…<span className="menu-hint">text from the clipboard</span>
            </span>
          </button>
          <p className="menu-note">You can also drop files on the window.</p>
        </div>
      )}
    </Popover>
  );
}
