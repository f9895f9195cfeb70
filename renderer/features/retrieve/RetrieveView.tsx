import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useSyncExternalStore, type CSSProperties, type KeyboardEvent } from 'react';
import type { RetrievedSentence, Theme } from '../../../electron/contract';
import { readableTextOn } from '../../lib/colour';
import { scopePhrase } from '../../state/document-set';
import { useWorkspaceState } from '../../state/session-context';
import type { Retrieval, RetrieveRow } from '../../state/retrieval';
import type { FilterMode } from '../../state/workspace-state';
import { Icon } from '../../ui/Icon';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { shortThemeName } from '../themes/theme-search';
import { ThemeKey, ThemeSwatch } from '../themes/ThemeChip';
import { useThemesById } from '../themes/use-codebook';
import { useRetrieve } from './retrieve-actions';

/** First guesses at row heights; rows are measured as they are drawn. */
const HEADING_HEIGHT = 52;
const SENTENCE_HEIGHT = 118;

/** Every sentence with some themes across the scope's documents, grouped by document, each with its neighbours. */
export function RetrieveView() {
  const retrieve = useRetrieve();
  const themes = useWorkspaceState((s) => s.themes);
  const query = useWorkspaceState((s) => s.retrieve);
  const retrieval = useWorkspaceState((s) => s.retrieval);
  const where = useWorkspaceState(scopePhrase);
  const wanted = new Set(query.themeIds);
  const without = new Set(query.without);
  const toggle = (list: readonly number[], id: number) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

  return (
    <section className="retrieve-page" aria-label="Retrieve">
      <header className="retrieve-header">
        <div>
          <h1 className="page-title">Retrieve</h1>
          <p className="page-subtitle">Every sentence with the themes you choose, in {where}, with the sentences around it.</p>
        </div>
        <div className="retrieve-query">
          <fieldset className="retrieve-field">
            <legend>Sentences with</legend>
            <SegmentedControl<FilterMode>
              name="retrieve-mode"
              value={query.mode}
              options={[
                { value: 'any', label: 'Any of' },
                { value: 'all', label: 'All of' },
              ]}
              onChange={(mode) => void retrieve.setQuery({ mode })}
            />
            <ThemeToggles themes={themes} pressed={wanted} label="Themes to retrieve" onToggle={(id) => void retrieve.setQuery({ themeIds: toggle(query.themeIds, id) })} />
          </fieldset>
          <fieldset className="retrieve-field">
            <legend>But not</legend>
            <ThemeToggles themes={themes} pressed={without} label="Themes to leave out" negative onToggle={(id) => void retrieve.setQuery({ without: toggle(query.without, id) })} />
          </fieldset>
        </div>
        <p className="retrieve-summary" role="status">
          {retrievalSummary(retrieval, query.themeIds.length, where)}
        </p>
      </header>
      {retrieval && retrieval.summary.total > 0 ? (
        <RetrievedList key={retrievalKey(retrieval)} retrieval={retrieval} />
      ) : (
        <div className="retrieve-empty">
          <Icon name="retrieve" size={22} />
          <p>{query.themeIds.length === 0 ? 'Choose a theme above to list its sentences.' : `No sentence in ${where} matches.`}</p>
        </div>
      )}
    </section>
  );
}

/** Each retrieval gets a list of its own, scrolled to its top. */
const keys = new WeakMap<Retrieval, number>();
let nextKey = 0;
function retrievalKey(retrieval: Retrieval): number {
  let key = keys.get(retrieval);
  if (key === undefined) keys.set(retrieval, (key = nextKey += 1));
  return key;
}

function retrievalSummary(retrieval: Retrieval | null, chosen: number, where: string): string {
  if (chosen === 0) return 'No theme chosen yet.';
  if (!retrieval) return 'Retrieving…';
  const { total, documents } = retrieval.summary;
  if (total === 0) return `No sentences in ${where}.`;
  return `${total.toLocaleString()} ${total === 1 ? 'sentence' : 'sentences'} in ${documents.length.toLocaleString()} ${documents.length === 1 ? 'document' : 'documents'} of ${where}`;
}

function ThemeToggles({
  themes,
  pressed,
  label,
  negative = false,
  onToggle,
}: {
  themes: readonly Theme[];
  pressed: ReadonlySet<number>;
  label: string;
  negative?: boolean;
  onToggle: (themeId: number) => void;
}) {
  if (themes.length === 0) return <p className="muted">The codebook is empty.</p>;
  return (
    <div className="theme-toggles" role="group" aria-label={label}>
      {themes.map((theme) => (
        <button
          key={theme.id}
          type="button"
          className={negative ? 'theme-toggle negative' : 'theme-toggle'}
          aria-pressed={pressed.has(theme.id)}
          title={theme.name}
          onClick={() => onToggle(theme.id)}
        >
          <ThemeKey theme={theme} />
          <ThemeSwatch colour={theme.colour} />
          <span className="theme-toggle-name">{shortThemeName(theme.name, 28)}</span>
        </button>
      ))}
    </div>
  );
}

function RetrievedList({ retrieval }: { retrieval: Retrieval }) {
  const retrieve = useRetrieve();
  const themesById = useThemesById();
  useSyncExternalStore(retrieval.subscribe, retrieval.getSnapshot);
  const scrollRef = useRef<HTMLDivElement>(null);

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual's API cannot be memoized by the React Compiler; this component opts out, as its docs advise.
  const virtualizer = useVirtualizer({
    count: retrieval.rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (retrieval.rowAt(index)?.kind === 'document' ? HEADING_HEIGHT : SENTENCE_HEIGHT),
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => retrieval.ensureRows(first, last + 20), [retrieval, first, last]);

  /** ↓ ↑ (and j k) go from sentence to sentence, skipping the headings; Enter opens one. */
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const by = event.key === 'ArrowDown' || event.key === 'j' ? 1 : event.key === 'ArrowUp' || event.key === 'k' ? -1 : 0;
    if (by === 0 || event.ctrlKey || event.metaKey || event.altKey) return;
    const from = Number((event.target as HTMLElement).closest<HTMLElement>('[data-index]')?.dataset.index ?? -1);
    let next = from + by;
    while (retrieval.rowAt(next)?.kind === 'document') next += by;
    if (!retrieval.rowAt(next)) return;
    event.preventDefault();
    virtualizer.scrollToIndex(next, { align: 'auto' });
    const focus = (tries: number) => {
      const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${next}"] .retrieved`);
      if (row) row.focus();
      else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
    };
    focus(10);
  };

  return (
    <div className="retrieve-scroll" ref={scrollRef} onKeyDown={onKeyDown}>
      <div className="retrieve-list" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = retrieval.rowAt(item.index);
          if (!row) return null;
          return (
            <div key={item.key} data-index={item.index} ref={virtualizer.measureElement} className="retrieve-row" style={{ transform: `translateY(${item.start}px)` }}>
              <RowContent row={row} themesById={themesById} onOpen={(sentence) => void retrieve.open(sentence)} />
            </div>
          );
        })}
      </div>
    </div>
  );
}

function RowContent({
  row,
  themesById,
  onOpen,
}: {
  row: RetrieveRow;
  themesById: ReadonlyMap<number, Theme>;
  onOpen: (sentence: RetrievedSentence) => void;
}) {
  if (row.kind === 'document') {
    return (
      <h2 className="retrieved-document">
        <Icon name="book" size={14} />
        <span className="retrieved-document-title">{row.title}</span>
        <span className="retrieved-document-count">
          {row.count.toLocaleString()} {row.count === 1 ? 'sentence' : 'sentences'}
        </span>
      </h2>
    );
  }
  const sentence = row.sentence;
  if (!sentence) {
    return (
      <div className="retrieved loading" aria-hidden="true">
        <span className="skeleton-line" />
        <span className="skeleton-line short" />
      </div>
    );
  }
  return (
    <button type="button" className="retrieved" onClick={() => onOpen(sentence)} title="Open in the reader">
      <span className="retrieved-number">§ {sentence.number}</span>
      <span className="retrieved-body">
        <span className="retrieved-text">
          {sentence.before ? <span className="retrieved-context">{sentence.before} </span> : null}
          <span className="retrieved-hit">{sentence.text}</span>
          {sentence.after ? <span className="retrieved-context"> {sentence.after}</span> : null}
        </span>
        {sentence.themeIds.length > 0 ? (
          <span className="retrieved-themes">
            {sentence.themeIds.map((id) => {
              const theme = themesById.get(id);
              if (!theme) return null;
              const style = { '--theme-colour': theme.colour, '--theme-on': readableTextOn(theme.colour) } as CSSProperties;
              return (
                <span key={id} className="theme-chip" style={style} title={theme.name}>
                  <span className="theme-chip-key">{theme.key ?? '•'}</span>
                  <span className="theme-chip-name">{shortThemeName(theme.name)}</span>
                </span>
              );
            })}
          </span>
        ) : null}
        {sentence.note ? (
          <span className="retrieved-note">
            <Icon name="note" size={12} /> {sentence.note}
          </span>
        ) : null}
      </span>
    </button>
  );
}
