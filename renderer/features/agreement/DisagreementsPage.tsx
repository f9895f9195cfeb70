import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { AgreementReport, Disagreement, Theme } from '../../../electron/contract';
import { capabilities } from '../../lib/capabilities';
import { useWorkspaceState } from '../../state/session-context';
import { Icon } from '../../ui/Icon';
import { shortThemeName } from '../themes/theme-search';
import { useThemesById } from '../themes/use-codebook';
import { useAgreement } from './agreement-actions';
import { keepOptions, nameList, settledAs, settledPhrase } from './agreement-table';
import { FigureCell } from './FigureCell';

/** Disagreements drawn at a time: a theme coded over a large study can differ on thousands of sentences. */
const PAGE = 200;

/** One theme's disagreements, side by side, each settled into the consensus from here. */
export function DisagreementsPage({ themeId, report }: { themeId: number; report: AgreementReport }) {
  const agreement = useAgreement();
  const list = useWorkspaceState((s) => s.agreement.disagreements);
  const readOnly = useWorkspaceState((s) => s.notebook?.readOnly === true);
  const themesById = useThemesById();
  const theme = themesById.get(themeId);
  const row = report.themes.find((t) => t.themeId === themeId);
  const name = row?.name ?? theme?.name ?? '';
  const coders = report.coders.length;
  const settled = list ? list.disagreements.filter((d) => d.consensus !== null).length : 0;
  // The keyboard starts on the page it opened, not lost on the table that went away.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [themeId]);
  const [shown, setShown] = useState({ themeId, count: PAGE });
  const limit = shown.themeId === themeId ? shown.count : PAGE;

  return (
    <section className="page agreement-page" aria-label={`Disagreements on ${name}`} aria-busy={list === null}>
      <header className="page-header disagreements-header">
        <div>
          <button type="button" className="button ghost back-button" title="Back to the table (Esc)" onClick={() => void agreement.chooseTheme(null)}>
            <Icon name="chevronRight" size={12} className="back-mark" /> Agreement per theme
          </button>
          <h1 className="page-title" ref={heading} tabIndex={-1}>
            Disagreements on <span className="theme-title">{name}</span>
          </h1>
          <p className="page-subtitle">
            Where {nameList(report.coders)} judged {name} differently. Open a sentence in the reader, or settle it into the consensus: the {`“Consensus”`} coder
            keeps the answer you choose, and Undo takes it back.
          </p>
        </div>
        <button
          type="button"
          className="button"
          title={capabilities.export === 'download' ? 'Download these disagreements as a Markdown file' : 'Save these disagreements as a Markdown file'}
          onClick={() => void agreement.exportMarkdown()}
        >
          <Icon name="export" /> Export to Markdown
        </button>
      </header>

      {row ? (
        <dl className="theme-figures" aria-label={`Agreement on ${name}`}>
          <div>
            <dt>Units</dt>
            <dd>{row.units.toLocaleString()}</dd>
          </div>
          <div>
            <dt>Percent agreement</dt>
            <dd>
              <FigureCell figure="percentAgreement" value={row.percentAgreement} context={{ coders, units: row.units }} />
            </dd>
          </div>
          {coders === 2 ? (
            <div>
              <dt>Cohen’s κ</dt>
              <dd>
                <FigureCell figure="cohensKappa" value={row.cohensKappa} context={{ coders, units: row.units }} />
              </dd>
            </div>
          ) : null}
          <div>
            <dt>Krippendorff’s α</dt>
            <dd>
              <FigureCell figure="krippendorffsAlpha" value={row.krippendorffsAlpha} context={{ coders, units: row.units }} />
            </dd>
          </div>
          <div>
            <dt>Settled</dt>
            <dd>
              <span className="figure-value" data-testid="settled-count">
                {settled} of {row.disagreements}
              </span>
            </dd>
          </div>
        </dl>
      ) : null}

      {list === null ? null : list.disagreements.length === 0 ? (
        <div className="empty-state compact agreement-empty">
          <Icon name="check" size={22} />
          <p>
            {nameList(list.coders)} judged {name} alike on every one of the {list.units.toLocaleString()} sentences compared.
          </p>
        </div>
      ) : (
        <>
          <ol className="disagreements" aria-label={`Sentences where the coders differ on ${name}`} onKeyDown={moveBetweenSentences}>
            {list.disagreements.slice(0, limit).map((d) => (
              <DisagreementItem key={d.sentenceId} disagreement={d} theme={theme} name={name} readOnly={readOnly} />
            ))}
          </ol>
          {list.disagreements.length > limit ? (
            <div className="disagreements-more">
              <button type="button" className="button" onClick={() => setShown({ themeId, count: limit + PAGE })}>
                Show {Math.min(PAGE, list.disagreements.length - limit).toLocaleString()} more ({(list.disagreements.length - limit).toLocaleString()} not shown yet)
              </button>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}

/** ↓ ↑ (and j k) go from sentence to sentence, as in Retrieve; Enter opens one. */
function moveBetweenSentences(event: KeyboardEvent<HTMLOListElement>): void {
  const by = event.key === 'ArrowDown' || event.key === 'j' ? 1 : event.key === 'ArrowUp' || event.key === 'k' ? -1 : 0;
  if (by === 0 || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
  const sentences = [...event.currentTarget.querySelectorAll<HTMLElement>('.disagreement-text')];
  const from = sentences.findIndex((s) => s.closest('li') === (event.target as HTMLElement).closest('li.disagreement'));
  const next = sentences[from === -1 ? 0 : from + by];
  if (!next) return;
  event.preventDefault();
  next.focus();
  next.scrollIntoView({ block: 'nearest' });
}

function DisagreementItem({ disagreement: d, theme, name, readOnly }: { disagreement: Disagreement; theme: Theme | undefined; name: string; readOnly: boolean }) {
  const agreement = useAgreement();
  const settled = settledAs(d.judgements, d.consensus);
  const label = `${d.documentTitle}, sentence ${d.sentenceNumber}`;
  const notes = d.judgements.filter((j) => j.note !== null);
  const style = { '--theme-colour': theme?.colour ?? 'var(--border-strong)' } as CSSProperties;
  return (
    <li className={settled ? 'disagreement settled' : 'disagreement'} style={style} aria-label={label}>
      <button type="button" className="disagreement-text" title="Open in the reader" onClick={() => void agreement.open(d)}>
        <span className="disagreement-where">
          <span className="disagreement-document">{d.documentTitle}</span>
          <span className="disagreement-number">§ {d.sentenceNumber}</span>
          <span className="open-hint">
            Open in the reader <Icon name="chevronRight" size={12} />
          </span>
        </span>
        <span className="disagreement-passage">
          {d.before ? <span className="disagreement-context">{d.before} </span> : null}
          <span className="disagreement-sentence">{d.text}</span>
          {d.after ? <span className="disagreement-context"> {d.after}</span> : null}
        </span>
      </button>

      <div className="judgements" role="list" aria-label="Each coder’s answer">
        {d.judgements.map((j) => (
          <span key={j.coder} role="listitem" className={j.present ? 'judgement present' : 'judgement absent'}>
            <span className="judgement-coder">{j.coder}</span>
            {j.present ? (
              <span className="theme-chip" title={name}>
                <span className="theme-chip-name">{shortThemeName(name)}</span>
              </span>
            ) : (
              <span className="judgement-none">not tagged</span>
            )}
          </span>
        ))}
      </div>

      {notes.length > 0 ? (
        <ul className="judgement-notes" aria-label="Coders’ notes">
          {notes.map((j) => (
            <li key={j.coder} className="judgement-note">
              <Icon name="note" size={12} />
              <span className="judgement-note-coder">{j.coder}</span>
              <span className="judgement-note-body">{j.note}</span>
            </li>
          ))}
        </ul>
      ) : null}

      <div className="settle-bar">
        {settled ? (
          <p className="settled-state" role="status">
            <Icon name="check" size={13} /> {settledPhrase(settled, name)}
          </p>
        ) : (
          <p className="settled-state open">Not settled</p>
        )}
        <div className="settle-buttons" role="group" aria-label={settled ? `Settle ${label} again` : `Settle ${label}`}>
          {keepOptions(d.judgements).map((option) => (
            <button
              key={option.label}
              type="button"
              className="button small"
              disabled={readOnly}
              title={`${option.label}: the consensus ${option.present ? 'tags' : 'leaves off'} ${name}`}
              onClick={() => void agreement.settle(d, option)}
            >
              {option.label}
            </button>
          ))}
        </div>
      </div>
    </li>
  );
}
