import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type MouseEvent } from 'react';
import { markReady } from '../../lib/ready-signal';
import { useWorkspaceState } from '../../state/session-context';
import { selectionBounds, type SentencesInView } from '../../state/selection';
import { pageOf, type SentenceStore } from '../../state/sentence-store';
import { Kbd } from '../../ui/Kbd';
import { CodersBar } from '../coders/CodersBar';
import { useCoderMarks } from '../coders/use-coder-marks';
import { FilterBar } from '../filter/FilterBar';
import { useMatches } from '../filter/match-actions';
import { useNotes } from '../notes/note-actions';
import { useThemesById } from '../themes/use-codebook';
import { EmptyNotebook } from './EmptyNotebook';
import { ParagraphBlock } from './ParagraphBlock';
import { useReader } from './reader-actions';
import { blockIndexOf, buildBlocks, estimateBlockHeight, type BlockMetrics, type ReaderBlock } from './reader-blocks';
import { ReaderHeader } from './ReaderHeader';
import { nextRevealStep, SETTLED_FRAMES } from './reveal';
import { useSelection } from './selection-actions';

/** The reading column's type, as reader.css sets it; only for first guesses at row heights. */
const metrics: BlockMetrics = { charactersPerLine: 68, lineHeight: 30, paragraphGap: 20, noteHeight: 64 };

/** Sentences fetched on either side of one the reader goes to: the rows drawn around it, across a page's edge. */
const AROUND_REVEALED = 200;

/** How long the reader keeps bringing a sentence into view before it leaves the view as it is. */
const REVEAL_GIVE_UP_MS = 5000;

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
  const selectionActions = useSelection();
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const filterMatches = useWorkspaceState((s) => s.filterMatches);
  const selection = useWorkspaceState((s) => s.selection);
  const reveal = useWorkspaceState((s) => s.reveal);
  const noteEditing = useWorkspaceState((s) => s.noteEditing);
  const hits = useWorkspaceState((s) => s.search.hits);
  const readOnly = useWorkspaceState((s) => s.notebook?.readOnly === true);
  const themesById = useThemesById();
  const coderMarks = useCoderMarks();
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

  // PageDown and PageUp page from what is in view.
  useEffect(
    () =>
      selectionActions.attachView({
        sentencesInView: () => {
          const { blocks: rows, virtualizer: list } = latest.current;
          return scrollRef.current ? sentencesInView(scrollRef.current, rows, list.getVirtualItems()) : null;
        },
      }),
    [selectionActions],
  );

  // The current sentence keeps the keyboard focus when its row is drawn anew:
  // rows are cut again as pages arrive, and come back after scrolling away.
  const keepFocus = useRef(false);
  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target;
      keepFocus.current = target instanceof HTMLElement && target.classList.contains('sentence') && (listRef.current?.contains(target) ?? false);
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, []);
  useLayoutEffect(() => {
    if (!keepFocus.current || (document.activeElement !== null && document.activeElement !== document.body)) return;
    listRef.current?.querySelector<HTMLElement>('.sentence.current')?.focus({ preventScroll: true });
  });

  // Bring a sentence into view (and focus it) when the workspace asks. The
  // sentence's page is fetched first, so its row is cut once; then, frame by
  // frame, the list goes to its row and the view is corrected by what is
  // measured on screen, until the sentence holds still where it belongs. The
  // researcher scrolling, clicking or pressing a key takes over.
  const revealToken = reveal?.token;
  useEffect(() => {
    if (!reveal) return;
    const scroller = scrollRef.current;
    if (!scroller) return;
    const { number, focus, align } = reveal;
    let fetching = true;
    void store.ensureRange(number - AROUND_REVEALED, number + AROUND_REVEALED).finally(() => {
      fetching = false;
    });
    const started = performance.now();
    let raf = 0;
    let stopped = false;
    let settledFrames = 0;
    let rowScrolledTo = -1;
    const stop = () => {
      stopped = true;
      cancelAnimationFrame(raf);
    };
    const events = ['wheel', 'touchstart', 'pointerdown'] as const;
    for (const type of events) scroller.addEventListener(type, stop, { passive: true });
    window.addEventListener('keydown', stop);

    const frame = () => {
      if (stopped) return;
      const { blocks: rows, virtualizer: list } = latest.current;
      const index = blockIndexOf(rows, number);
      const row = rows[index];
      const element = scroller.querySelector<HTMLElement>(`[data-sentence-number="${number}"]`);
      // Never pull the caret out of a field the researcher is typing in (search, a note).
      const wantsFocus = focus && !isTextField(document.activeElement);
      if (element && wantsFocus && document.activeElement !== element) element.focus({ preventScroll: true });
      const box = scroller.getBoundingClientRect();
      const step = nextRevealStep({
        rowIndex: index,
        rowLoaded: row !== undefined && row.paragraph !== null,
        fetching,
        rowDrawn: list.getVirtualItems().some((item) => item.index === index),
        target: element?.getBoundingClientRect() ?? null,
        view: { top: box.top + scroller.clientTop, bottom: box.top + scroller.clientTop + scroller.clientHeight },
        room: { up: scroller.scrollTop, down: scroller.scrollHeight - scroller.clientHeight - scroller.scrollTop },
        align,
        placeholdersDrawn: listRef.current?.querySelector('.paragraph.loading') != null,
      });
      const focused = !wantsFocus || document.activeElement === element;
      settledFrames = step.kind === 'in-place' && focused ? settledFrames + 1 : 0;
      if (step.kind === 'scroll-to-row' && step.index !== rowScrolledTo) {
        // The virtualizer keeps its row in place while rows above it are measured.
        list.scrollToIndex(step.index, { align: align === 'start' ? 'start' : 'center' });
        rowScrolledTo = step.index;
      } else if (step.kind === 'scroll-by') {
        list.scrollToOffset(scroller.scrollTop + step.delta);
      }
      if (step.kind !== 'scroll-to-row') rowScrolledTo = -1;
      if (settledFrames < SETTLED_FRAMES && performance.now() - started < REVEAL_GIVE_UP_MS) raf = requestAnimationFrame(frame);
    };
    frame();
    return () => {
      stop();
      for (const type of events) scroller.removeEventListener(type, stop);
      window.removeEventListener('keydown', stop);
    };
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
      <CodersBar />
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
                  coderMarks={coderMarks}
                  onEditNote={readOnly ? undefined : onEditNote}
                />
              </div>
            );
          })}
        </div>
        {filterMatches !== null ? <FilterEnd total={snapshot.total} matches={filterMatches} documentId={store.documentId} /> : null}
      </div>
    </div>
  );
}

function FilterEnd({ total, matches, documentId }: { total: number; matches: readonly number[]; documentId: number }) {
  const matchActions = useMatches();
  const across = useWorkspaceState((s) => s.filterAcross);
  const documents = useWorkspaceState((s) => s.documents);
  const last = matches[matches.length - 1] ?? 0;
  const after = total - last;
  // Where ] goes after this document: the next one of the scope with matches, or round to the first.
  const others = across?.documents.filter((d) => d.documentId !== documentId) ?? [];
  const next = others.find((d) => d.documentId > documentId) ?? others[0];
  const title = next ? documents.find((d) => d.id === next.documentId)?.title : undefined;
  const onward =
    next && title ? (
      <p className="reader-onward">
        <button type="button" className="button small" onClick={() => void matchActions.jump(1)}>
          On to “{title}” <span className="muted">({next.count.toLocaleString()})</span> <Kbd keys={[']']} />
        </button>
      </p>
    ) : null;
  if (matches.length === 0) {
    return (
      <div className="reader-end">
        <p>
          No sentence in this document has the filtered themes
          {across && across.total > 0 ? `; ${across.total.toLocaleString()} in ${others.length.toLocaleString()} other ${others.length === 1 ? 'document' : 'documents'} do.` : '.'}
        </p>
        {onward}
      </div>
    );
  }
  return (
    <>
      {after > 0 ? (
        <div className="hidden-gap end" aria-hidden="true">
          <span>{after === 1 ? '1 sentence' : `${after.toLocaleString()} sentences`} hidden by the filter</span>
        </div>
      ) : null}
      {onward}
    </>
  );
}

function isTextField(element: Element | null): boolean {
  return element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement || (element instanceof HTMLElement && element.isContentEditable);
}

/** The first and last sentence in view, in part or whole; for rows still loading, the sentences they stand for. */
function sentencesInView(
  scroller: HTMLElement,
  blocks: readonly ReaderBlock[],
  rows: readonly { index: number; start: number; end: number }[],
): SentencesInView | null {
  const box = scroller.getBoundingClientRect();
  const top = box.top + scroller.clientTop;
  const bottom = top + scroller.clientHeight;
  let first = 0;
  let last = 0;
  for (const element of scroller.querySelectorAll<HTMLElement>('[data-sentence-number]')) {
    const rect = element.getBoundingClientRect();
    if (rect.bottom <= top || rect.top >= bottom) continue;
    const number = Number(element.dataset.sentenceNumber);
    if (!first) first = number;
    last = number;
  }
  if (first) return { first, last };
  const offset = scroller.scrollTop;
  const shown = rows.filter((row) => row.end > offset && row.start < offset + scroller.clientHeight);
  const from = shown[0] && blocks[shown[0].index];
  const to = shown[shown.length - 1] && blocks[shown[shown.length - 1]!.index];
  return from && to ? { first: from.numbers[0]!, last: to.numbers[to.numbers.length - 1]! } : null;
}
