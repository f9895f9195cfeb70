import { useEffect, useId, useMemo, useState } from 'react';
import { EXPORT_FORMATS, type ExportFormat, type ExportGrouping } from '../../../electron/contract';
import { documentSet, scopePhrase } from '../../state/document-set';
import { useNavigation } from '../../state/navigation';
import { useWorkspaceState } from '../../state/session-context';
import { Icon } from '../../ui/Icon';
import { Modal } from '../../ui/Modal';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { ThemeCheckRow } from '../themes/ThemeCheckRow';
import { capabilities } from '../../lib/capabilities';
import { type ExportOutcome, type ExportPreview, useExport } from './export-actions';
import { ExportPreviewPane } from './ExportPreviewPane';
import { parentIds, useShownThemes } from '../themes/use-codebook';

/** What a tabular export holds: a row per tag, or a row per document with counts. */
type TableKind = 'tags' | 'counts';

/** The formats in the order the dialog offers them (EXPORT_FORMATS' order). */
const FORMATS = (Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((value) => ({ value, label: EXPORT_FORMATS[value].label }));

/** What the preview of a table shows: its first rows of how many, or what a row is. */
function previewCaption(preview: ExportPreview | null, counts: boolean): string {
  if (preview?.rowCount != null && preview.shownRows != null && preview.shownRows < preview.rowCount) {
    return `first ${preview.shownRows.toLocaleString()} of ${preview.rowCount.toLocaleString()} rows`;
  }
  return counts ? 'a row per document' : 'a row per tag';
}

/** Ctrl/⌘E: the tagged sentences as Markdown, CSV or JSON, with a live preview of the file. */
export function ExportDialog() {
  const exportActions = useExport();
  const navigation = useNavigation();
  const themes = useShownThemes();
  const parents = parentIds(themes);
  const [format, setFormat] = useState<ExportFormat>('markdown');
  const [table, setTable] = useState<TableKind>('tags');
  const [bom, setBom] = useState(false);
  const [by, setBy] = useState<ExportGrouping>('theme');
  const [excluded, setExcluded] = useState<ReadonlySet<number>>(new Set());
  const [includeNotes, setIncludeNotes] = useState(true);
  const [includeUntaggedNotes, setIncludeUntaggedNotes] = useState(true);
  // One coder's tags and notes alone (the consensus coder's, say), or everyone's.
  const [tagsBy, setTagsBy] = useState<string | null>(null);
  const coderNames = useWorkspaceState((s) => s.coders?.coders.map((c) => c.name).join('\n') ?? '');
  const coders = useMemo(() => (coderNames === '' ? [] : coderNames.split('\n')), [coderNames]);
  const whoseId = useId();
  // Kept with the format it shows, so a table is never drawn under another format's heading.
  const [shown, setShown] = useState<{ key: string; preview: ExportPreview } | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<ExportOutcome | null>(null);
  const notesId = useId();
  const untaggedId = useId();
  const bomId = useId();
  const inScopeId = useId();
  // Narrowed to some documents, the export offers to keep to them (and does by default).
  const scopeKey = useWorkspaceState((s) => documentSet(s)?.join(',') ?? null);
  const scopeIds = useMemo(() => (scopeKey === null ? null : scopeKey === '' ? [] : scopeKey.split(',').map(Number)), [scopeKey]);
  const where = useWorkspaceState(scopePhrase);
  const [onlyScope, setOnlyScope] = useState(true);
  const documentIds = onlyScope && scopeIds !== null ? scopeIds : null;
  const info = EXPORT_FORMATS[format];
  const counts = info.counts && table === 'counts';

  const chosen = useMemo(() => themes.filter((t) => !excluded.has(t.id)).map((t) => t.id), [themes, excluded]);
  const request = useMemo(
    () => ({
      ...(format === 'markdown' ? {} : { format }),
      by,
      includeNotes,
      includeUntaggedNotes,
      ...(excluded.size > 0 && !info.whole ? { themeIds: chosen } : {}),
      ...(documentIds && !info.whole ? { documentIds } : {}),
      ...(counts ? { counts } : {}),
      ...(format === 'csv' && bom ? { bom } : {}),
      ...(tagsBy !== null && !info.whole ? { coder: tagsBy } : {}),
    }),
    [format, by, includeNotes, includeUntaggedNotes, excluded.size, chosen, documentIds, counts, bom, info.whole, tagsBy],
  );
  const shape = `${format}:${counts ? 'counts' : 'tags'}`;
  const preview = shown?.key === shape ? shown.preview : null;
  const nothingChosen = themes.length > 0 && chosen.length === 0 && !info.whole;

  useEffect(() => {
    if (nothingChosen) return;
    let current = true;
    const timer = setTimeout(() => {
      void exportActions.preview(request).then((result) => {
        if (current) setShown({ key: shape, preview: result ?? { text: '', table: null, rowCount: null, shownRows: null } });
      });
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [request, shape, exportActions, nothingChosen]);

  const save = async () => {
    setSaving(true);
    const outcome = await exportActions.save(request);
    setSaving(false);
    if (outcome) setSaved(outcome);
  };

  const toggle = (themeId: number, on: boolean) => {
    setSaved(null);
    setExcluded((previous) => {
      const next = new Set(previous);
      if (on) next.delete(themeId);
      else next.add(themeId);
      return next;
    });
  };

  const changed = <T,>(set: (value: T) => void) => (value: T) => {
    setSaved(null);
    set(value);
  };
  const lines = preview?.text?.split('\n').length ?? 0;
  const size =
    preview === null || nothingChosen || info.whole
      ? ''
      : preview.rowCount === null
        ? `${lines.toLocaleString()} lines of ${info.label}`
        : `${preview.rowCount.toLocaleString()} ${counts ? (preview.rowCount === 1 ? 'document' : 'documents') : preview.rowCount === 1 ? 'row' : 'rows'}`;
  const caption = info.whole ? 'the whole notebook' : info.grouped ? `by ${by}` : previewCaption(preview, counts);

  return (
    <Modal
      title={`Export to ${info.label}`}
      description="Your tagged sentences as a report, as a table for R, pandas and spreadsheets, or as a project for other qualitative analysis tools."
      size="large"
      className="export-dialog"
      onClose={() => navigation.closeDialog()}
      footer={
        saved ? (
          <>
            {saved.kind === 'saved' ? (
              <p className="export-saved" role="status">
                <Icon name="check" /> Saved to <span className="path">{saved.path}</span>
              </p>
            ) : (
              <p className="export-saved" role="status">
                <Icon name="check" /> Downloaded <span className="path">{saved.fileName}</span> to your browser’s downloads
              </p>
            )}
            {saved.kind === 'saved' && capabilities.showInFolder ? (
              <button type="button" className="button" onClick={() => void exportActions.reveal(saved.path)}>
                <Icon name="folder" /> Show in folder
              </button>
            ) : null}
            <button type="button" className="button primary" data-autofocus onClick={() => navigation.closeDialog()}>
              Done
            </button>
          </>
        ) : (
          <>
            <span className="muted">{size}</span>
            <button type="button" className="button" onClick={() => navigation.closeDialog()}>
              Cancel
            </button>
            <button type="button" className="button primary" data-autofocus disabled={saving || nothingChosen} onClick={() => void save()}>
              <Icon name="export" /> {capabilities.export === 'download' ? (saving ? 'Preparing…' : `Download ${info.label}`) : saving ? 'Saving…' : `Save as ${info.label}…`}
            </button>
          </>
        )
      }
    >
      <div className="export-layout">
        <div className="export-options">
          <fieldset className="option-group">
            <legend>Format</legend>
            <div className="export-formats">
              <SegmentedControl name="export-format" value={format} options={FORMATS} onChange={changed(setFormat)} />
            </div>
          </fieldset>

          {info.grouped ? (
            <fieldset className="option-group">
              <legend>Group by</legend>
              <SegmentedControl
                name="export-by"
                value={by}
                options={[
                  { value: 'theme', label: 'Theme' },
                  { value: 'document', label: 'Document' },
                ]}
                onChange={changed(setBy)}
              />
            </fieldset>
          ) : info.counts ? (
            <fieldset className="option-group">
              <legend>Table</legend>
              <SegmentedControl
                name="export-rows"
                value={table}
                options={[
                  { value: 'tags', label: 'Tag rows' },
                  { value: 'counts', label: 'Theme counts' },
                ]}
                onChange={changed(setTable)}
              />
              <p className="option-hint">
                {counts
                  ? 'A row per document: tagged sentences per theme, totals for themes with sub-themes, then the document’s details.'
                  : 'A row per sentence, theme and coder: the text, note and offsets in characters, then the document’s details.'}
              </p>
            </fieldset>
          ) : null}

          {coders.length > 1 && !info.whole ? (
            <div className="option-group export-whose">
              <label className="option-label" htmlFor={whoseId}>
                Whose tags
              </label>
              <select
                id={whoseId}
                className="field small"
                value={tagsBy ?? ''}
                onChange={(event) => changed(setTagsBy)(event.target.value === '' ? null : event.target.value)}
              >
                <option value="">Everyone’s</option>
                {coders.map((name) => (
                  <option key={name} value={name}>
                    {name}’s alone
                  </option>
                ))}
              </select>
            </div>
          ) : null}

          {format === 'csv' ? (
            <label className="check-row standalone" htmlFor={bomId}>
              <input id={bomId} type="checkbox" checked={bom} onChange={(event) => changed(setBom)(event.target.checked)} />
              <span className="check-name">Mark as UTF-8 for Excel</span>
            </label>
          ) : null}

          {info.whole ? (
            <p className="option-hint export-whole" data-testid="export-whole">
              {format === 'qdpx'
                ? 'A REFI-QDA project for NVivo, ATLAS.ti, MAXQDA and QualCoder: every document with its text and details, every theme, tag, note and memo, and who coded what. It always holds the whole notebook.'
                : 'The codebook alone, as REFI-QDA: every theme with its colour, description and sub-themes, for another tool or another notebook.'}
            </p>
          ) : null}

          {scopeIds !== null && !info.whole ? (
            <label className="check-row standalone export-scope" htmlFor={inScopeId}>
              <input
                id={inScopeId}
                type="checkbox"
                checked={onlyScope}
                onChange={(event) => {
                  setSaved(null);
                  setOnlyScope(event.target.checked);
                }}
              />
              <span className="check-name">Only {where}</span>
            </label>
          ) : null}
          {info.whole ? null : (
            <>
              <fieldset className="export-themes">
                <legend>
                  Themes
                  <span className="legend-actions">
                    <button type="button" className="link-button" onClick={() => setExcluded(new Set())}>
                      All
                    </button>
                    <button type="button" className="link-button" onClick={() => setExcluded(new Set(themes.map((t) => t.id)))}>
                      None
                    </button>
                  </span>
                </legend>
                <ul className="check-list">
                  {themes.map((theme) => (
                    <ThemeCheckRow key={theme.id} theme={theme} parents={parents} checked={!excluded.has(theme.id)} onChange={(checked) => toggle(theme.id, checked)} />
                  ))}
                </ul>
              </fieldset>

              <div className="export-notes">
              <label className="check-row standalone" htmlFor={notesId}>
                <input
                  id={notesId}
                  type="checkbox"
                  checked={includeNotes && !counts}
                  disabled={counts}
                  onChange={(event) => {
                    setSaved(null);
                    setIncludeNotes(event.target.checked);
                  }}
                />
                <span className="check-name">Include notes</span>
              </label>
              <label className="check-row standalone nested" htmlFor={untaggedId}>
                <input
                  id={untaggedId}
                  type="checkbox"
                  checked={includeNotes && includeUntaggedNotes && !counts}
                  disabled={!includeNotes || counts}
                  onChange={(event) => {
                    setSaved(null);
                    setIncludeUntaggedNotes(event.target.checked);
                  }}
                />
                <span className="check-name">Also notes on untagged sentences</span>
              </label>
              </div>
            </>
          )}
        </div>

        <ExportPreviewPane format={format} preview={preview} caption={caption} nothingChosen={nothingChosen} />
      </div>
    </Modal>
  );
}
