import type { NotebookStats, Theme } from '../../../electron/contract';
import { useElementWidth } from '../../ui/use-element-width';
import { chartButton } from './chart-button';
import { cooccurrenceLookup, heatLevel } from './chart-scales';
import { truncate } from './ThemeBars';
import { parentIds } from '../themes/use-codebook';

const LABEL = 200;
const HEADER = 34;

/**
 * How often two themes tag the same sentence: a heatmap with the count in
 * every cell (the diagonal: the theme's own count). Rows follow the codebook,
 * sub-themes indented under their theme; columns carry the rows' numbers, so
 * themes past the ninth (which have no key) are told apart too. A click reads
 * those sentences.
 */
export function CooccurrenceMatrix({
  themes,
  stats,
  onPick,
}: {
  themes: readonly Theme[];
  stats: NotebookStats;
  onPick: (themeIds: number[]) => void;
}) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const count = cooccurrenceLookup(stats);
  const parents = parentIds(themes);
  const n = themes.length;
  const cell = Math.max(34, Math.min(64, Math.floor((width - LABEL - 8) / Math.max(n, 1))));
  let max = 0;
  for (let i = 0; i < n; i += 1) for (let j = 0; j < i; j += 1) max = Math.max(max, count(themes[i]!.id, themes[j]!.id));
  const height = HEADER + n * cell + 4;
  return (
    <div ref={ref} className="chart">
      <svg width={Math.min(width, LABEL + n * cell + 8)} height={height} role="group" aria-label="Theme co-occurrence">
        {themes.map((theme, j) => (
          <text key={theme.id} x={LABEL + j * cell + cell / 2} y={HEADER / 2} textAnchor="middle" dominantBaseline="central" className="chart-key-label">
            <title>{theme.name}</title>
            {j + 1}
          </text>
        ))}
        {themes.map((row, i) => (
          <g key={row.id}>
            <text x={Math.min(row.depth, 4) * 14} y={HEADER + i * cell + cell / 2} dominantBaseline="central" className={parents.has(row.id) ? 'chart-label chart-label-parent' : 'chart-label'}>
              <tspan className="chart-key">{i + 1}</tspan>
              <tspan dx={8}>{truncate(row.name, 24 - Math.min(row.depth, 4) * 2)}</tspan>
            </text>
            {themes.slice(0, i + 1).map((column, j) => {
              const value = count(row.id, column.id);
              const diagonal = i === j;
              const level = diagonal ? 0 : heatLevel(value, max);
              const x = LABEL + j * cell;
              const y = HEADER + i * cell;
              const label = diagonal
                ? `${row.name}, in all: ${value} ${value === 1 ? 'sentence' : 'sentences'}. Filter the reader`
                : `${row.name} and ${column.name}: ${value} ${value === 1 ? 'sentence' : 'sentences'} together. Filter the reader`;
              return (
                <g key={column.id} {...chartButton(label, () => onPick(diagonal ? [row.id] : [row.id, column.id]))}>
                  <rect x={x + 1} y={y + 1} width={cell - 2} height={cell - 2} rx={4} className={diagonal ? 'heat-cell diagonal' : 'heat-cell'} />
                  {value > 0 && !diagonal ? (
                    <rect x={x + 1} y={y + 1} width={cell - 2} height={cell - 2} rx={4} className="heat-fill" fillOpacity={level} />
                  ) : null}
                  <text
                    x={x + cell / 2}
                    y={y + cell / 2}
                    textAnchor="middle"
                    dominantBaseline="central"
                    className={value === 0 ? 'heat-value zero' : !diagonal && level > 0.6 ? 'heat-value strong' : 'heat-value'}
                  >
                    {value}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
      </svg>
      <div className="heat-legend" aria-hidden="true">
        <span>fewer</span>
        <span className="heat-legend-steps">
          {[0.18, 0.45, 0.72, 1].map((level) => (
            <span key={level} style={{ opacity: level }} />
          ))}
        </span>
        <span>more sentences together</span>
      </div>
      <p className="chart-note">
        Each cell counts the sentences tagged with both themes; the diagonal, in outline, counts each theme alone. Columns
        carry the rows’ numbers; sub-themes are indented under their theme.
      </p>
    </div>
  );
}
