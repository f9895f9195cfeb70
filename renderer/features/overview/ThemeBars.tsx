import type { NotebookStats, Theme } from '../../../electron/contract';
import { useElementWidth } from '../../ui/use-element-width';
import { themeCountsSorted, scaleLinear, ticks } from './chart-scales';
import { subtreeOf } from '../themes/theme-counts';
import { chartButton } from './chart-button';

const ROW = 34;
const BAR = 20;
const LABEL = 210;
const TOP = 8;
const AXIS = 24;

/**
 * Sentences per theme, most first, sub-themes indented under their parent; a
 * parent's bar is its roll-up (its sentences and its sub-themes', each once).
 * A bar's click filters the reader to that theme, with its sub-themes.
 */
export function ThemeBars({ themes, stats, onPick }: { themes: readonly Theme[]; stats: NotebookStats; onPick: (themeIds: number[]) => void }) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const rows = themeCountsSorted(themes, stats);
  const axis = ticks(Math.max(0, ...rows.map((r) => r.count)));
  const max = axis[axis.length - 1] ?? 1;
  // Room after the longest bar for its value, "12 in all" for a roll-up.
  const plot = Math.max(80, width - LABEL - (rows.some((r) => r.rollup) ? 84 : 48));
  const x = scaleLinear(max, plot);
  const height = TOP + rows.length * ROW + AXIS;
  return (
    <div ref={ref} className="chart">
      <svg width={width} height={height} role="group" aria-label="Sentences per theme">
        {axis.map((tick) => (
          <g key={tick} className="chart-grid">
            <line x1={LABEL + x(tick)} x2={LABEL + x(tick)} y1={TOP - 4} y2={TOP + rows.length * ROW} />
            <text x={LABEL + x(tick)} y={height - 6} textAnchor="middle" className="chart-axis-label">
              {tick}
            </text>
          </g>
        ))}
        {rows.map(({ theme, count, rollup }, i) => {
          const y = TOP + i * ROW;
          const barWidth = x(count);
          const sentences = `${count.toLocaleString()} ${count === 1 ? 'sentence' : 'sentences'}`;
          const what = rollup ? `${sentences} with it or its sub-themes` : sentences;
          const indent = Math.min(theme.depth, 4) * 14;
          return (
            <g key={theme.id} {...chartButton(`${theme.name}: ${what}. Filter the reader`, () => onPick([...subtreeOf(themes, theme.id)]))}>
              <rect x={0} y={y} width={width} height={ROW} className="chart-hit" />
              <text x={indent} y={y + ROW / 2} dominantBaseline="central" className={rollup ? 'chart-label chart-label-parent' : 'chart-label'}>
                <tspan className="chart-key">{theme.key ?? '·'}</tspan>
                <tspan dx={8}>{truncate(theme.name, 26 - Math.floor(indent / 7))}</tspan>
              </text>
              <rect
                x={LABEL}
                y={y + (ROW - BAR) / 2}
                width={Math.max(barWidth, count > 0 ? 2 : 0)}
                height={BAR}
                rx={3}
                fill={theme.colour}
                className={rollup ? 'chart-bar chart-bar-rollup' : 'chart-bar'}
              />
              <text x={LABEL + barWidth + 8} y={y + ROW / 2} dominantBaseline="central" className="chart-value">
                {rollup ? `${count.toLocaleString()} in all` : count.toLocaleString()}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
