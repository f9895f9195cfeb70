import { shortcutGroups } from '../../app/keyboard-map';
import { useWorkspace, useWorkspaceState } from '../../app/workspace-context';
import { isMac } from '../../lib/platform';
import { Modal } from '../../ui/Modal';
import { Kbd } from '../../ui/Kbd';

/** `?`: every key the workspace answers to. */
export function ShortcutsOverlay() {
  const workspace = useWorkspace();
  const readOnly = useWorkspaceState((s) => s.notebook?.readOnly === true);
  return (
    <Modal
      title="Keyboard shortcuts"
      description={
        readOnly
          ? 'Keys work whenever you are not typing in a field. This notebook is read-only, so the keys that tag, write notes and undo do nothing.'
          : 'Keys work whenever you are not typing in a field.'
      }
      size="medium"
      onClose={() => workspace.navigation.closeDialog()}
    >
      <div className="shortcut-groups">
        {shortcutGroups(isMac).map((group) => (
          <section key={group.title} className="shortcut-group" aria-label={group.title}>
            <h3>{group.title}</h3>
            <dl>
              {group.rows.map((row) => (
                <div key={row.action} className="shortcut-row">
                  <dt>
                    {row.keys.map((keys, i) => (
                      <span key={i} className="shortcut-alternative">
                        {i > 0 ? <span className="muted">/</span> : null}
                        <Kbd keys={keys} />
                      </span>
                    ))}
                  </dt>
                  <dd>{row.action}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Modal>
  );
}
