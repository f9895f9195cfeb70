import { useWorkspaceState } from '../../state/session-context';
import { useNavigation } from '../../state/navigation';
import { Modal } from '../../ui/Modal';
import { Kbd } from '../../ui/Kbd';
import { SearchSyntax, SYNTAX_NOTE } from '../search/SearchSyntax';

export interface ShortcutRow {
  /** Alternatives; each is a chord of key caps pressed together. */
  keys: string[][];
  action: string;
}

export interface ShortcutGroup {
  title: string;
  rows: ShortcutRow[];
}

/** `?`: every key the workspace answers to, as the keyboard map (app/) lists them. */
export function ShortcutsOverlay({ groups }: { groups: readonly ShortcutGroup[] }) {
  const navigation = useNavigation();
  const readOnly = useWorkspaceState((s) => s.notebook?.readOnly === true);
  return (
    <Modal
      title="Keyboard shortcuts"
      description={
        readOnly
          ? 'Keys work whenever you are not typing in a field. This notebook is read-only, so the keys that tag, write notes and undo do nothing.'
          : 'Keys work whenever you are not typing in a field.'
      }
      size="large"
      onClose={() => navigation.closeDialog()}
    >
      <div className="shortcut-groups">
        {groups.map((group) => (
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
      <section className="shortcut-group shortcut-search-syntax" aria-label="Search queries">
        <h3>Search queries</h3>
        <SearchSyntax columns={2} />
        <p className="search-help-note">{SYNTAX_NOTE}</p>
      </section>
    </Modal>
  );
}
