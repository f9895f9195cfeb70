import { EXPORT_FORMATS, type ExportFormat } from '../../../electron/contract';
import type { ExportPreview } from './export-actions';

interface ExportPreviewPaneProps {
  format: ExportFormat;
  preview: ExportPreview | null;
  /** What the file is grouped by or holds, beside the heading. */
  caption: string;
  nothingChosen: boolean;
}

/** The file before it is saved: Markdown or JSON as text, a CSV as its first rows in a table. */
export function ExportPreviewPane({ format, preview, caption, nothingChosen }: ExportPreviewPaneProps) {
  const label = EXPORT_FORMATS[format].label;
  const table = preview?.table ?? null;
  return (
    <section className="export-preview" aria-label={`${label} preview`}>
      <div className="export-preview-header">
        <span>Preview</span>
        <span className="muted">{caption}</span>
      </div>
      {nothingChosen ? (
        <p className="export-empty">Choose at least one theme to export.</p>
      ) : table ? (
        <div className="csv-preview" tabIndex={0} aria-busy={preview === null}>
          <table>
            <thead>
              <tr>
                {table.header.map((name, i) => (
                  <th key={i} scope="col">
                    {name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c} title={cell.length > 60 ? cell : undefined}>
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {table.rows.length === 0 ? <p className="export-empty">No rows: nothing is tagged with the themes chosen.</p> : null}
        </div>
      ) : (
        <pre className="markdown-preview" tabIndex={0} aria-busy={preview === null}>
          {preview?.text ?? ''}
        </pre>
      )}
    </section>
  );
}
