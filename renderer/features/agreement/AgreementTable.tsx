import type { CSSProperties } from 'react';
import { FIGURE_NAMES, type AgreementReport, type Theme, type ThemeAgreement } from '../../../electron/contract';
import { useWorkspaceState } from '../../state/session-context';
import type { AgreementColumn } from '../../state/workspace-state';
import { Icon } from '../../ui/Icon';
import { ThemeSwatch } from '../themes/ThemeChip';
import { useThemesById } from '../themes/use-codebook';
import { useAgreement } from './agreement-actions';
import { ariaSort, sortThemes } from './agreement-table';
import { FigureCell } from './FigureCell';

interface Column {
  column: AgreementColumn;
  label: string;
  numeric: boolean;
}

/** The per-theme table: sortable by each column, a row per theme that opens its disagreements, and the overall rows. */
export function AgreementTable({ report }: { report: AgreementReport }) {
  const agreement = useAgreement();
  const sort = useWorkspaceState((s) => s.agreement.sort);
  const themesById = useThemesById();
  const twoCoders = report.coders.length === 2;
  const columns: Column[] = [
    { column: 'theme', label: 'Theme', numeric: false },
    { column: 'units', label: 'Units', numeric: true },
    { column: 'percentAgreement', label: FIGURE_NAMES.percentAgreement, numeric: true },
    ...(twoCoders ? [{ column: 'cohensKappa' as const, label: FIGURE_NAMES.cohensKappa, numeric: true }] : []),
    { column: 'krippendorffsAlpha', label: FIGURE_NAMES.krippendorffsAlpha, numeric: true },
    { column: 'disagreements', label: 'Disagreements', numeric: true },
  ];
  const rows = sortThemes(report.themes, sort);
  const nested = sort.column === 'theme' && sort.direction === 'ascending';
  const disagreements = report.themes.reduce((sum, t) => sum + t.disagreements, 0);
  const coders = report.coders.length;

  return (
    <div className="agreement-table-wrap">
      <table className="agreement-table">
        <caption className="visually-hidden">Agreement per theme between {report.coders.join(', ')}; choose a theme to list its disagreements</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.column} scope="col" aria-sort={ariaSort(sort, c.column)} className={c.numeric ? 'numeric' : undefined}>
                <button type="button" className="sort-button" onClick={() => agreement.sortBy(c.column)}>
                  {c.label}
                  <SortMark direction={ariaSort(sort, c.column)} />
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.themeId} className="agreement-row" onClick={() => void agreement.chooseTheme(row.themeId)}>
              <th scope="row">
                <ThemeName row={row} theme={themesById.get(row.themeId)} themesById={themesById} nested={nested} onChoose={() => void agreement.chooseTheme(row.themeId)} />
              </th>
              <td className="numeric">{row.units.toLocaleString()}</td>
              <td className="numeric">
                <FigureCell figure="percentAgreement" value={row.percentAgreement} context={{ coders, units: row.units }} />
              </td>
              {twoCoders ? (
                <td className="numeric">
                  <FigureCell figure="cohensKappa" value={row.cohensKappa} context={{ coders, units: row.units }} />
                </td>
              ) : null}
              <td className="numeric">
                <FigureCell figure="krippendorffsAlpha" value={row.krippendorffsAlpha} context={{ coders, units: row.units }} />
              </td>
              <td className="numeric">
                <span className={row.disagreements > 0 ? 'disagreement-count' : 'disagreement-count none'}>{row.disagreements.toLocaleString()}</span>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="overall-row">
            <th scope="row">
              All themes <span className="overall-how">pooled</span>
            </th>
            <td className="numeric">{report.overall.units.toLocaleString()}</td>
            <td className="numeric">
              <FigureCell figure="percentAgreement" value={report.overall.percentAgreement} context={{ coders, units: report.overall.units }} />
            </td>
            {twoCoders ? (
              <td className="numeric">
                <FigureCell figure="cohensKappa" value={report.overall.cohensKappa} context={{ coders, units: report.overall.units }} />
              </td>
            ) : null}
            <td className="numeric">
              <FigureCell figure="krippendorffsAlpha" value={report.overall.krippendorffsAlpha} context={{ coders, units: report.overall.units }} />
            </td>
            <td className="numeric">{disagreements.toLocaleString()}</td>
          </tr>
          <tr className="overall-row mean">
            <th scope="row">
              All themes <span className="overall-how">mean</span>
            </th>
            <td className="numeric">
              <span className="muted" aria-label="not applicable">
                —
              </span>
            </td>
            <td className="numeric">
              <FigureCell figure="percentAgreement" value={report.overall.mean.percentAgreement} context={{ coders, units: report.overall.units }} />
            </td>
            {twoCoders ? (
              <td className="numeric">
                <FigureCell figure="cohensKappa" value={report.overall.mean.cohensKappa} context={{ coders, units: report.overall.units }} />
              </td>
            ) : null}
            <td className="numeric">
              <FigureCell figure="krippendorffsAlpha" value={report.overall.mean.krippendorffsAlpha} context={{ coders, units: report.overall.units }} />
            </td>
            <td className="numeric" />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function SortMark({ direction }: { direction: 'ascending' | 'descending' | 'none' }) {
  if (direction === 'none') return <span className="sort-mark idle" aria-hidden="true" />;
  return <Icon name={direction === 'ascending' ? 'up' : 'down'} size={12} className="sort-mark" />;
}

/** A theme as the codebook shows it: indented under its parent in codebook order, with its parent's name when sorted otherwise. */
function ThemeName({
  row,
  theme,
  themesById,
  nested,
  onChoose,
}: {
  row: ThemeAgreement;
  theme: Theme | undefined;
  themesById: ReadonlyMap<number, Theme>;
  nested: boolean;
  onChoose: () => void;
}) {
  const parents: string[] = [];
  for (let parent = theme?.parentId ?? null; parent !== null && !nested; ) {
    const p = themesById.get(parent);
    if (!p) break;
    parents.unshift(p.name);
    parent = p.parentId;
  }
  return (
    <button
      type="button"
      className="theme-name-button"
      style={{ '--depth': nested ? row.depth : 0 } as CSSProperties}
      aria-label={`${[...parents, row.name].join(' › ')}: ${row.disagreements.toLocaleString()} ${row.disagreements === 1 ? 'disagreement' : 'disagreements'}`}
      onClick={(event) => {
        // The row listens too: one choice per click.
        event.stopPropagation();
        onChoose();
      }}
    >
      <ThemeSwatch colour={theme?.colour ?? 'transparent'} />
      <span className="theme-name-text">
        {parents.length > 0 ? <span className="theme-parents">{parents.join(' › ')} › </span> : null}
        {row.name}
      </span>
      <Icon name="chevronRight" size={12} className="row-chevron" />
    </button>
  );
}
