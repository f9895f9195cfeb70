import { scopePhrase } from '../../state/document-set';
import { useWorkspaceState } from '../../state/session-context';
import { Icon } from '../../ui/Icon';
import { Kbd } from '../../ui/Kbd';
import { ThemeChip } from '../themes/ThemeChip';
import { useFilter } from './filter-actions';
import { useShownThemes } from '../themes/use-codebook';

/** While a filter is on: what it shows, how to step through it, how to lift it. */
export function FilterBar() {
  const filterActions = useFilter();
  const filter = useWorkspaceState((s) => s.filter);
  const matches = useWorkspaceState((s) => s.filterMatches);
  const themes = useShownThemes();
  const total = useWorkspaceState((s) => s.sentences?.total ?? 0);
  const across = useWorkspaceState((s) => s.filterAcross);
  const where = useWorkspaceState(scopePhrase);
  if (!filter) return null;
  const chosen = filter.themeIds.map((id) => themes.find((t) => t.id === id)).filter((t) => t !== undefined);
  return (
    <div className="filter-bar" role="region" aria-label="Filter">
      <Icon name="filter" />
      <span className="filter-summary" aria-live="polite">
        {matches === null ? 'Filtering…' : `${matches.length.toLocaleString()} of ${total.toLocaleString()} sentences here`}
        {across ? (
          <span className="filter-across">
            <span className="visually-hidden"> · </span>
            {across.total.toLocaleString()} in {across.documents.length.toLocaleString()} {across.documents.length === 1 ? 'document' : 'documents'} of {where}
          </span>
        ) : null}
      </span>
      <span className="filter-joiner">{chosen.length < 2 ? 'with' : filter.mode === 'all' ? 'with all of' : 'with any of'}</span>
      <span className="filter-themes" role="list" aria-label="Filtered themes">
        {chosen.map((theme) => (
          <ThemeChip key={theme.id} theme={theme} />
        ))}
      </span>
      <span className="filter-step">
        <Kbd keys={['[']} /> <Kbd keys={[']']} /> step
      </span>
      <button type="button" className="button ghost small" onClick={() => void filterActions.set(null)}>
        <Icon name="close" size={14} /> Clear filter
      </button>
    </div>
  );
}
