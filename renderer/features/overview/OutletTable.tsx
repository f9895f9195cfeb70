import type { DetailStats, Theme } from '../../../electron/contract';
import { ThemeSwatch } from '../themes/ThemeChip';

/**
 * Tagged sentences per theme for each outlet: how differently outlets cover
 * the same events. Each count is written in its cell; no colour carries meaning.
 */
export function OutletTable({ themes, outlets }: { themes: readonly Theme[]; outlets: DetailStats['outlets'] }) {
  const counted = themes.filter((theme) => outlets.some((o) => o.themes.some((t) => t.themeId === theme.id)));
  return (
    <div className="table-scroll">
      <table className="outlet-table">
        <thead>
          <tr>
            <th scope="col">Outlet</th>
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
          {outlets.map((outlet) => {
            const count = (themeId: number) => outlet.themes.find((t) => t.themeId === themeId)?.count ?? 0;
            return (
              <tr key={outlet.outlet ?? ''}>
                <th scope="row">{outlet.outlet ?? <span className="muted">No outlet</span>}</th>
                <td>{outlet.documentCount.toLocaleString()}</td>
                <td>
                  {outlet.taggedCount.toLocaleString()} <span className="muted">of {outlet.sentenceCount.toLocaleString()}</span>
                </td>
                {counted.map((theme) => (
                  <td key={theme.id} className={count(theme.id) === 0 ? 'zero' : undefined}>
                    {count(theme.id).toLocaleString()}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
