import { useState } from 'react';
import { isMac } from '../../lib/platform';
import { useWorkspaceState } from '../../state/session-context';
import { Icon } from '../../ui/Icon';
import { Kbd } from '../../ui/Kbd';
import { CodedToggle } from '../coders/CodedToggle';
import { DetailsPanel } from '../details/DetailsPanel';
import { useDetails } from '../details/details-actions';
import { formatPublished } from '../details/published-date';
import { shortThemeName } from '../themes/theme-search';
import { ThemeSwatch } from '../themes/ThemeChip';
import { useShownThemes } from '../themes/use-codebook';

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

/** The open document's title and counts; for a document without tags, the keys to press. */
export function ReaderHeader({ documentId }: { documentId: number }) {
  const document = useWorkspaceState((s) => s.documents.find((d) => d.id === documentId));
  const themes = useShownThemes();
  const readOnly = useWorkspaceState((s) => s.notebook?.readOnly === true);
  const detailsOpen = useWorkspaceState((s) => s.detailsOpen);
  const details = useDetails();
  // Decided when the document opens, so the text does not jump when the first tag lands.
  const [hint, setHint] = useState(() => document !== undefined && document.taggedCount === 0 && document.sentenceCount > 0);
  if (!document) return <header className="reader-header" />;
  const keyed = themes.filter((t) => t.key !== null).sort((a, b) => (a.key ?? 0) - (b.key ?? 0));
  return (
    <header className="reader-header">
      <h1 className="document-title">{document.title}</h1>
      <p className="document-meta">
        {document.outlet ? <span className="document-outlet">{document.outlet}</span> : null}
        {document.publishedOn ? <span>{formatPublished(document.publishedOn)}</span> : null}
        {document.sourceName ? <span>{document.sourceName}</span> : null}
        <span>{plural(document.sentenceCount, 'sentence')}</span>
        <span>{document.taggedCount.toLocaleString()} tagged</span>
        {document.noteCount > 0 ? <span>{plural(document.noteCount, 'note')}</span> : null}
        <button
          type="button"
          className={detailsOpen ? 'button small details-toggle active' : 'button small details-toggle'}
          aria-expanded={detailsOpen}
          aria-controls={detailsOpen ? 'document-details' : undefined}
          onClick={() => details.toggle()}
        >
          <Icon name="info" size={13} /> Details &amp; memo
        </button>
        <CodedToggle document={document} />
      </p>
      {detailsOpen ? <DetailsPanel document={document} /> : null}
      {hint && !readOnly ? (
        <aside className="first-tag-hint" aria-label="How to tag">
          <button type="button" className="icon-button small hint-close" aria-label="Hide these tips" title="Hide" onClick={() => setHint(false)}>
            <Icon name="close" size={12} />
          </button>
          <p>
            Select a sentence with a click or <Kbd keys={['j']} /> <Kbd keys={['k']} />, then press a theme’s key to tag
            it. <Kbd keys={['Shift', 'j']} /> selects several; <Kbd keys={['n']} /> writes a note;{' '}
            <Kbd keys={isMac ? ['⌘', 'Z'] : ['Ctrl', 'Z']} /> undoes.
          </p>
          {keyed.length > 0 ? (
            <ul className="hint-keys">
              {keyed.map((theme) => (
                <li key={theme.id}>
                  <kbd className="kbd">{theme.key}</kbd>
                  <ThemeSwatch colour={theme.colour} />
                  {shortThemeName(theme.name, 28)}
                </li>
              ))}
            </ul>
          ) : (
            <p>Your codebook has no keyed themes yet: add one in the Codebook.</p>
          )}
        </aside>
      ) : null}
    </header>
  );
}
