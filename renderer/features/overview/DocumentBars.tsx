import { useMemo, useState } from 'react';
import type { NotebookStats, Theme } from '../../../electron/contract';
import { useElementWidth } from '../../ui/use-element-width';
import { niceMax, scaleLinear, stackSegments } from './chart-scales';
import { chartButton } from './chart-button';
import { truncate } from './ThemeBars';

const ROW = 44;
const BAR = 22;
const LABEL = 210;
/** Past this many documents the chart starts with the most tagged ones: a thousand bars are no glance. */
const MANY = 15;
const TOP = 12;

/**
 * Tags per document, stacked by theme in codebook order. The legend names
 * each theme beside its colour, in the order the segments stack; segments
 * carry no numbers, which would read as counts. Each segment says its theme
 * and count when pointed at or focused.
 */
export function DocumentBars({
  themes,
  stats,
  onPick,
}: {
  themes: readonly Theme[];
  stats: NotebookStats;
  onPick: (themeId: number, documentId: number) => void;
}) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const [all, setAll] = useState(false);
  const many = stats.documents.length > MANY;
  const rows = useMemo(() => {
    const withTotals = stats.documents.map((document) => ({ document, total: document.themes.reduce((n, t) => n + t.count, 0) }));
    if (!many || all) return withTotals;
    // The most tagged first; among equals, the notebook's order.
    return withTotals
      .map((row, at) => ({ ...row, at }))
      .sort((a, b) => b.total - a.total || a.at - b.at)
      .slice(0, TOP);
  }, [stats, many, all]);
  const max = niceMax(Math.max(1, ...rows.map((r) => r.total)));
  const plot = Math.max(80, width - LABEL - 56);
  const x = scaleLinear(max, plot);
  const height = rows.length * ROW + 4;
  const count = stats.documents.length.toLocaleString();
  return (
    <div ref={ref} className="chart">
      {many ? (
        <p className="chart-note chart-note-top" data-testid="document-bars-shown">
          {all ? `All ${count} documents, in the notebook’s order.` : `The ${TOP} documents with the most tags, of ${count}.`}{' '}
          <button type="button" className="link-button" onClick={() => setAll((a) => !a)}>
            {all ? `Show the ${TOP} with the most tags` : `Show all ${count}`}
          </button>
        </p>
      ) : null}
      <div className={many && all ? 'chart-scroll' : undefined}>
        <svg width={width} height={height} role="group" aria-label="Tags per document, by theme">
          {rows.map(({ document, total }, i) => {
            const y = i * ROW;
            const segments = stackSegments(themes, document.themes, x);
            return (
              <g key={document.documentId}>
                <text x={0} y={y + ROW / 2 - 7} dominantBaseline="central" className="chart-label">
                  {truncate(document.title, 30)}
                </text>
                <text x={0} y={y + ROW / 2 + 10} dominantBaseline="central" className="chart-sublabel">
                  {document.taggedCount} of {document.sentenceCount} sentences tagged
                </text>
                <rect x={LABEL} y={y + (ROW - BAR) / 2} width={plot} height={BAR} rx={3} className="chart-track" />
                {segments.map((segment) => (
                  <g
                    key={segment.theme.id}
                    {...chartButton(
                      `${document.title}: ${segment.count} tagged ${segment.theme.name}. Filter the reader`,
                      () => onPick(segment.theme.id, document.documentId),
                    )}
                  >
                    <rect
                      x={LABEL + segment.x}
                      y={y + (ROW - BAR) / 2}
                      width={Math.max(segment.width - 2, 1)}
                      height={BAR}
                      fill={segment.theme.colour}
                      className="chart-segment"
                    />
                    <title>{`${segment.theme.name}: ${segment.count}`}</title>
                  </g>
                ))}
                <text x={LABEL + x(total) + 8} y={y + ROW / 2} dominantBaseline="central" className="chart-value">
                  {total}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <ul className="chart-legend" aria-label="Legend">
        {themes
          .filter((theme) => stats.documents.some((d) => d.themes.some((t) => t.themeId === theme.id && t.count > 0)))
          .map((theme) => (
            <li key={theme.id}>
              <span className="legend-swatch" style={{ background: theme.colour }} aria-hidden="true" />
              {theme.name}
            </li>
          ))}
      </ul>
    </div>
  );
}
