import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type MouseEvent } from 'react';
import { markReady } from '../../lib/ready-signal';
import { useWorkspaceState } from '../../state/session-context';
import { selectionBounds } from '../../state/selection';
import { pageOf, type SentenceStore } from '../../state/sentence-store';
import { FilterBar } from '../filter/FilterBar';
import { useNotes } from '../notes/note-actions';
import { useThemesById } from '../themes/use-codebook';
import { EmptyNotebook } from './EmptyNotebook';
import { ParagraphBlock } from './ParagraphBlock';
import { useReader } from './reader-actions';
import { blockIndexOf, buildBlocks, estimateBlockHeight, type BlockMetrics } from './reader-blocks';
import { ReaderHeader } from './ReaderHeader';

/** The reading column's type, as reader.css sets it; only for first guesses at row heights. */
const metrics: BlockMetrics = { charactersPerLine: 68, lineHeight: 30, paragraphGap: 20, noteHeight: 64 };

/** The heart of the workspace: the open document as flowing text. */
export function Reader() {
  const phase = useWorkspaceState((s) => s.phase);
  const store = useWorkspaceState((s) => s.sentences);
  const documentCount = useWorkspaceState((s) => s.documents.length);

  useEffect(() => {
    // An empty notebook is ready as soon as it says how to import.
    if (phase === 'ready' && documentCount === 0) markReady();
  }, [phase, documentCount]);

  if (phase === 'ready' && documentCount === 0) return <EmptyNotebook />;
  if (!store) return <div className="reader-pane" aria-busy="true" />;
  return <ReaderBody key={store.documentId} store={store} />;
}

function ReaderBody({ store }: { store: SentenceStore }) {
  const notes = useNotes();
  const reader = useReader();
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const filterMatches = useWorkspaceState((s) => s.filterMatches);
  const selection = useWorkspaceState((s) => s.selection);
  const reveal = useWorkspaceState((s) => s.reveal);
  const noteEditing = useWorkspaceState((s) => s.noteEditing);
  const hits = useWorkspaceState((s) => s.search.hits);
  const readOnly = useWorkspaceState((s) => s.notebook?.readOnly === true);
  const themesById = useThemesById();
  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  const blocks = useMemo(
    () => buildBlocks(store, filterMatches),
    // The rows are cut anew when pages arrive or the filter changes, not when a tag changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [store, snapshot.layoutVersion, snapshot.total, filterMatches],
  );

  const highlights = useMemo(() => {
    const map = new Map<number, readonly (readonly [number, number])[]>();
    for (const hit of hits) if (hit.documentId === store.documentId && hit.matchedIn !== 'note') map.set(hit.sentenceId, hit.highlights);
    return map;
  }, [hits, store.documentId]);

  // The virtualizer lays out every row again whenever getItemKey changes: only when the rows do.
  const getItemKey = useCallback((index: number) => blocks[index]?.key ?? index, [blocks]);
  const estimateSize = useCallback(
    (index: number) => {
      const block = blocks[index];
      if (!block) return metrics.lineHeight;
      return estimateBlockHeight(block, (n) => store.get(n)?.text.length, (n) => store.get(n)?.note != null, metrics);
    },
    [blocks, store],
  );

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual's API cannot be memoized by the React Compiler; this component opts out, as its docs advise.
  const virtualizer = useVirtualizer({
    count: blocks.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: 4,
    scrollMargin,
  });

  // The list starts below the document's header, inside the same scroll area.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const update = () => setScrollMargin(list.offsetTop);
    update();
    const observer = new ResizeObserver(update);
    if (list.previousElementSibling) observer.observe(list.previousElementSibling);
    return () => observer.disconnect();
  }, []);

  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items[items.length - 1]?.index ?? -1;

  // Fetch (or refresh) the pages the rows in view show.
  useEffect(() => {
    const pages = new Set<number>();
    for (let index = firstIndex; index <= lastIndex; index += 1) {
      const block = blocks[index];
      if (!block) continue;
      pages.add(pageOf(block.numbers[0]!, store.pageSize));
      pages.add(pageOf(block.numbers[block.numbers.length - 1]!, store.pageSize));
    }
    if (pages.size === 0) pages.add(0);
    const list = [...pages].sort((a, b) => a - b);
    store.pagesInView = list;
    for (const page of list) void store.ensurePage(page);
  }, [firstIndex, lastIndex, blocks, store, snapshot.dataVersion]);

  // Ready once the first page is drawn as text.
  const firstRendered = items.some((item) => blocks[item.index]?.paragraph !== null);
  useEffect(() => {
    if (firstRendered || snapshot.total === 0) markReady();
  }, [firstRendered, snapshot.total]);

  // The latest rows, for the reveal loop below, which outlives a render.
  const latest = useRef({ blocks, virtualizer });
  useLayoutEffect(() => {
    latest.current = { blocks, virtualizer };
  });

  // Bring a sentence into view (and focus it) when the workspace asks.
  const revealToken = reveal?.token;
  useEffect(() => {
    if (!reveal) return;
    const scroller = scrollRef.current;
    if (!scroller) return;
    let frames = 0;
    let raf = 0;
    let scrolled = false;
    const settle = () => {
      const element = scroller.querySelector<HTMLElement>(`[data-sentence-number="${reveal.number}"]`);
      if (element) {
        ensureVisible(scroller, element);
        // Never pull the caret out of a field the researcher is typing in (search, a note).
        if (reveal.focus && !isTextField(document.activeElement)) element.focus({ preventScroll: true });
        return;
      }
      // Scroll to the row only when it is not drawn yet; a drawn row is just waiting for its page.
      const { blocks: rows, virtualizer: list } = latest.current;
      const index = blockIndexOf(rows, reveal.number);
      if (!scrolled && !list.getVirtualItems().some((item) => item.index === index)) {
        list.scrollToIndex(index, { align: 'center' });
        scrolled = true;
      }
      frames += 1;
      if (frames < 120) raf = requestAnimationFrame(settle);
    };
    settle();
    return () => cancelAnimationFrame(raf);
    // Only a new request moves the view; rows changing under it must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revealToken]);

  const onClick = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      const target = event.target as HTMLElement;
      if (target.closest('.note, button, textarea, a')) return;
      // A click on a sentence's chips selects the sentence they belong to.
      const chips = target.closest('.sentence-chips');
      const sentence = chips
        ? (chips.previousElementSibling as HTMLElement | null)
        : target.closest<HTMLElement>('[data-sentence-number]');
      const number = Number(sentence?.dataset.sentenceNumber);
      if (!number) return;
      reader.click(number, event.shiftKey);
    },
    [reader],
  );

  const onMouseDown = useCallback((event: MouseEvent<HTMLDivElement>) => {
    // Shift-click selects sentences, not characters.
    if (event.shiftKey && (event.target as HTMLElement).closest('[data-sentence-number]')) event.preventDefault();
  }, []);

  const onEditNote = useCallback((number: number) => notes.edit(number), [notes]);

  const [low, high] = selection ? selectionBounds(selection) : [0, -1];
  const current = selection?.focus ?? 0;

  return (
    <div className="reader-pane">
      <FilterBar />
      <div className="reader-scroll" ref={scrollRef}>
        <ReaderHeader documentId={store.documentId} />
        <div
          ref={listRef}
          className="reader-list"
          role="document"
          aria-label="Reader"
          style={{ height: virtualizer.getTotalSize() }}
          onClick={onClick}
          onMouseDown={onMouseDown}
        >
          {items.map((item) => {
            const block = blocks[item.index];
            if (!block) return null;
            return (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="reader-row"
                style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
              >
                <ParagraphBlock
                  block={block}
                  store={store}
                  dataVersion={snapshot.dataVersion}
                  selectionLow={low}
                  selectionHigh={high}
                  currentNumber={current}
                  noteEditing={noteEditing}
                  themesById={themesById}
                  highlights={highlights}
                  filtered={filterMatches !== null}
                  onEditNote={readOnly ? undefined : onEditNote}
                />
              </div>
            );
          })}
        </div>
        {filterMatches !== null ? <FilterEnd total={snapshot.total} matches={filterMatches} /> : null}
      </div>
    </div>
  );
}

function FilterEnd({ total, matches }: { total: number; matches: readonly number[] }) {
  const last = matches[matches.length - 1] ?? 0;
  const after = total - last;
  if (matches.length === 0) {
    return <p className="reader-end">No sentence in this document has the filtered themes.</p>;
  }
  return after > 0 ? (
    <div className="hidden-gap end" aria-hidden="true">
      <span>{after === 1 ? '1 sentence' : `${after.toLocaleString()} sentences`} hidden by the filter</span>
    </div>
  ) : null;
}

function isTextField(element: Element | null): boolean {
  return element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement || (element instanceof HTMLElement && element.isContentEditable);
}

/** Scrolls just enough to show an element with some room around it. */
function ensureVisible(scroller: HTMLElement, element: HTMLElement): void {
  const margin = 96;
  const box = scroller.getBoundingClientRect();
  const rect = element.getBoundingClientRect();
  if (rect.top < box.top + margin) scroller.scrollTop -= box.top + margin - rect.top;
  else if (rect.bottom > box.bottom - margin) {
    const by = rect.bottom - (box.bottom - margin);
    // A sentence taller than the view shows its start.
    scroller.scrollTop += Math.min(by, rect.top - box.top - margin);
  }
}
