import { useEffect, useId, useMemo, useState } from 'react';
import type { ExportGrouping } from '../../../electron/contract';
import { useNavigation } from '../../state/navigation';
import { Icon } from '../../ui/Icon';
import { Modal } from '../../ui/Modal';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { ThemeCheckRow } from '../themes/ThemeCheckRow';
import { capabilities } from '../../lib/capabilities';
import { type ExportOutcome, useExport } from './export-actions';
import { parentIds, useShownThemes } from '../themes/use-codebook';

/** Ctrl/⌘E: the tagged sentences as Markdown, with a live preview of the file. */
export function ExportDialog() {
  const exportActions = useExport();
  const navigation = useNavigation();
  const themes = useShownThemes();
  const parents = parentIds(themes);
  const [by, setBy] = useState<ExportGrouping>('theme');
  const [excluded, setExcluded] = useState<ReadonlySet<number>>(new Set());
  const [includeNotes, setIncludeNotes] = useState(true);
  const [includeUntaggedNotes, setIncludeUntaggedNotes] = useState(true);
  const [preview, setPreview] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<ExportOutcome | null>(null);
  const notesId = useId();
  const untaggedId = useId();

  const chosen = useMemo(() => themes.filter((t) => !excluded.has(t.id)).map((t) => t.id), [themes, excluded]);
  const request = useMemo(
    () => ({ by, includeNotes, includeUntaggedNotes, ...(excluded.size > 0 ? { themeIds: chosen } : {}) }),
    [by, includeNotes, includeUntaggedNotes, excluded.size, chosen],
  );
  const nothingChosen = themes.length > 0 && chosen.length === 0;

  useEffect(() => {
    if (nothingChosen) return;
    let current = true;
    const timer = setTimeout(() => {
      void exportActions.preview(request).then((markdown) => {
        if (current) setPreview(markdown ?? '');
      });
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [request, exportActions, nothingChosen]);

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

  const lines = preview?.split('\n').length ?? 0;

  return (
    <Modal
      title="Export to Markdown"
      description="Your tagged sentences, grouped as you choose, ready for a report or another tool."
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
            <span className="muted">{preview !== null && !nothingChosen ? `${lines.toLocaleString()} lines of Markdown` : ''}</span>
            <button type="button" className="button" onClick={() => navigation.closeDialog()}>
              Cancel
            </button>
            <button type="button" className="button primary" data-autofocus disabled={saving || nothingChosen} onClick={() => void save()}>
              <Icon name="export" /> {capabilities.export === 'download' ? (saving ? 'Preparing…' : 'Download Markdown') : saving ? 'Saving…' : 'Save as Markdown…'}
            </button>
          </>
        )
      }
    >
      <div className="export-layout">
        <div className="export-options">
          <fieldset className="option-group">
            <legend>Group by</legend>
            <SegmentedControl
              name="export-by"
              value={by}
              options={[
                { value: 'theme', label: 'Theme' },
                { value: 'document', label: 'Document' },
              ]}
              onChange={(value) => {
                setSaved(null);
                setBy(value);
              }}
            />
          </fieldset>

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
              checked={includeNotes}
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
              checked={includeNotes && includeUntaggedNotes}
              disabled={!includeNotes}
              onChange={(event) => {
                setSaved(null);
                setIncludeUntaggedNotes(event.target.checked);
              }}
            />
            <span className="check-name">Also notes on untagged sentences</span>
          </label>
          </div>
        </div>

        <section className="export-preview" aria-label="Markdown preview">
          <div className="export-preview-header">
            <span>Preview</span>
            <span className="muted">{by === 'theme' ? 'by theme' : 'by document'}</span>
          </div>
          {nothingChosen ? (
            <p className="export-empty">Choose at least one theme to export.</p>
          ) : (
            <pre className="markdown-preview" tabIndex={0} aria-busy={preview === null}>
              {preview ?? ''}
            </pre>
          )}
        </section>
      </div>
    </Modal>
  );
}
