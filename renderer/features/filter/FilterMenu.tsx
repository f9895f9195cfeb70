import { useWorkspaceState } from '../../state/session-context';
import { useNavigation } from '../../state/navigation';
import type { FilterMode } from '../../state/workspace-state';
import { Icon } from '../../ui/Icon';
import { Popover } from '../../ui/Popover';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { ThemeCheckRow } from '../themes/ThemeCheckRow';
import { useFilter } from './filter-actions';
import { useMatches } from './match-actions';
import { parentIds, useShownThemes } from '../themes/use-codebook';

/** The toolbar's filter: read only the sentences with some (any) or every (all) chosen theme. */
export function FilterMenu() {
  const filterActions = useFilter();
  const matches = useMatches();
  const navigation = useNavigation();
  const filter = useWorkspaceState((s) => s.filter);
  const themes = useShownThemes();
  const parents = parentIds(themes);
  const hasDocument = useWorkspaceState((s) => s.documentId !== null);
  const chosen = new Set(filter?.themeIds ?? []);
  const mode: FilterMode = filter?.mode ?? 'any';

  const apply = (themeIds: number[], nextMode: FilterMode) => {
    navigation.setView('reader');
    if (themeIds.length === 0) void filterActions.set(null);
    else void matches.filterBy({ themeIds, mode: nextMode });
  };

  return (
    <Popover
      label="Filter by themes"
      title="Filter the reader by themes"
      triggerClassName={filter ? 'button ghost toolbar-button active' : 'button ghost toolbar-button'}
      trigger={
        <>
          <Icon name="filter" />
          <span className="toolbar-label">Filter</span>
          {filter ? <span className="count-badge">{filter.themeIds.length}</span> : null}
        </>
      }
      className="filter-panel"
    >
      {(close) => (
        <div className="filter-menu">
          <fieldset className="option-group" disabled={!hasDocument}>
            <legend>Show sentences with</legend>
            <SegmentedControl
              name="filter-mode"
              value={mode}
              options={[
                { value: 'any', label: 'Any of these' },
                { value: 'all', label: 'All of these' },
              ]}
              onChange={(value) => apply([...chosen], value)}
            />
          </fieldset>
          {themes.length === 0 ? <p className="muted">The codebook is empty.</p> : null}
          <ul className="check-list" aria-label="Themes">
            {themes.map((theme) => (
              <ThemeCheckRow
                parents={parents}
                key={theme.id}
                theme={theme}
                checked={chosen.has(theme.id)}
                disabled={!hasDocument}
                onChange={(checked) => {
                  const next = checked
                    ? themes.filter((t) => chosen.has(t.id) || t.id === theme.id).map((t) => t.id)
                    : [...chosen].filter((id) => id !== theme.id);
                  apply(next, mode);
                }}
              />
            ))}
          </ul>
          <div className="popover-footer">
            <button
              type="button"
              className="button ghost small"
              disabled={!filter}
              onClick={() => {
                apply([], mode);
                close();
              }}
            >
              Clear filter
            </button>
            <button type="button" className="button small" onClick={close}>
              Done
            </button>
          </div>
        </div>
      )}
    </Popover>
  );
}
