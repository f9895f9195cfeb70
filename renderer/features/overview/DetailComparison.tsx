import { useId, useMemo, useState } from 'react';
import {
  detailValues,
  groupByDetails,
  type DetailStats,
  type DocumentFilter,
  type DocumentSummary,
  type NotebookStats,
  type Theme,
} from '../../../electron/contract';
import { ThemeSwatch } from '../themes/ThemeChip';

type Row = Omit<DetailStats['outlets'][number], 'outlet'> & {
  label: string;
  /** The documents of this row as a filter on their details; null for "No outlet", which no filter names. */
  filter: DocumentFilter | null;
};

const OUTLET = '\u0000outlet';

/**
 * Tagged sentences per theme for each outlet, or each value of one of the
 * researcher's own variables (country, stance, wave), over the documents in
 * scope: how differently they cover the same events. Each count is written
 * in its cell, and a count leads to its sentences.
 */
export function DetailComparison({
  themes,
  stats,
  documents,
  onPick,
}: {
  themes: readonly Theme[];
  stats: NotebookStats;
  documents: readonly DocumentSummary[];
  onPick: (filter: DocumentFilter, themeId: number, label: string) => void;
}) {
  const id = useId();
  const inScope = useMemo(() => {
    const ids = new Set(stats.documents.map((d) => d.documentId));
    return documents.filter((d) => ids.has(d.id));
  }, [documents, stats]);
  const keys = useMemo(() => detailValues(inScope).attributes.map((a) => a.key), [inScope]);
  const hasOutlets = inScope.some((d) => d.outlet !== null);
  const [chosen, setChosen] = useState<string | null>(null);
  const by = chosen !== null && (chosen === OUTLET ? hasOutlets : keys.includes(chosen)) ? chosen : hasOutlets ? OUTLET : (keys[0] ?? null);
  const rows = useMemo((): Row[] => {
    if (by === null) return [];
    const grouped = groupByDetails(stats.documents, new Map(inScope.map((d) => [d.id, d])), themes.map((t) => t.id));
    if (by === OUTLET) {
      return grouped.outlets.map((o) => ({ ...o, label: o.outlet ?? 'No outlet', filter: o.outlet === null ? null : { outlet: o.outlet } }));
    }
    return grouped.attributes
      .filter((a) => a.key.toLowerCase() === by.toLowerCase())
      .map((a) => ({ ...a, label: a.value, filter: { attributes: [{ key: a.key, value: a.value }] } }));
  }, [by, stats, inScope, themes]);
  if (by === null) return null;
  const counted = themes.filter((theme) => rows.some((r) => r.themes.some((t) => t.themeId === theme.id && t.count > 0)));
  const heading = by === OUTLET ? 'Outlet' : by;
  return (
    <div className="detail-comparison">
      <div className="comparison-controls">
        <label htmlFor={`${id}-by`}>Compare by</label>
        <select id={`${id}-by`} className="field small" value={by} onChange={(event) => setChosen(event.target.value)}>
          {hasOutlets ? <option value={OUTLET}>Outlet</option> : null}
          {keys.map((key) => (
            <option key={key} value={key}>
              {key}
            </option>
          ))}
        </select>
      </div>
      <div className="table-scroll">
        <table className="outlet-table" aria-label={`Tagged sentences per theme, by ${by === OUTLET ? 'outlet' : by}`}>
          <thead>
            <tr>
              <th scope="col">{heading}</th>
              <th scope="col">Documents</th>
              <th scope="col">Tagged</th>
              {counted.map((theme) => (
                <th key={theme.id} scope="col">
                  <span className="theme-head">
                    <ThemeSwatch colour={theme.colour} />
                    {theme.name}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const count = (themeId: number) => row.themes.find((t) => t.themeId === themeId)?.count ?? 0;
              return (
                <tr key={row.label}>
                  <th scope="row">{row.filter ? row.label : <span className="muted">{row.label}</span>}</th>
                  <td>{row.documentCount.toLocaleString()}</td>
                  <td>
                    {row.taggedCount.toLocaleString()} <span className="muted">of {row.sentenceCount.toLocaleString()}</span>
                  </td>
                  {counted.map((theme) => {
                    const n = count(theme.id);
                    const filter = row.filter;
                    return (
                      <td key={theme.id} className={n === 0 ? 'zero' : undefined}>
                        {n > 0 && filter ? (
                          <button
                            type="button"
                            className="count-link"
                            aria-label={`${row.label}: ${n.toLocaleString()} ${n === 1 ? 'sentence' : 'sentences'} tagged ${theme.name}. Read them`}
                            onClick={() => onPick(filter, theme.id, row.label)}
                          >
                            {n.toLocaleString()}
                          </button>
                        ) : (
                          n.toLocaleString()
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
