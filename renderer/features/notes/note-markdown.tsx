/**
 * A note shown as the Markdown the researcher wrote: paragraphs, emphasis,
 * lists, quotes, code and links. Built from the CommonMark tree as React
 * elements, so raw HTML in a note is shown as the text it is, never run.
 * A link opens in the system browser only after the researcher confirms.
 */
import type { Nodes, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { ReactNode } from 'react';

const WEB_LINK = /^https?:\/\//i;

/** Asks before leaving the app for a link. */
export type OpenLink = (url: string) => void;

export function NoteMarkdown({ body, openLink }: { body: string; openLink: OpenLink }) {
  const tree = fromMarkdown(body);
  return <div className="note-body note-markdown">{tree.children.map((node, i) => block(node, i, openLink))}</div>;
}

function block(node: RootContent, key: number, openLink: OpenLink): ReactNode {
  const kids = () => ('children' in node ? (node.children as RootContent[]).map((child, i) => block(child, i, openLink)) : null);
  switch (node.type) {
    case 'paragraph':
      return <p key={key}>{kids()}</p>;
    // A heading in a note is emphasis, not a section of the reader.
    case 'heading':
      return (
        <p key={key} className="note-heading">
          <strong>{kids()}</strong>
        </p>
      );
    case 'list':
      return node.ordered ? (
        <ol key={key} start={node.start ?? undefined}>
          {kids()}
        </ol>
      ) : (
        <ul key={key}>{kids()}</ul>
      );
    case 'listItem':
      return <li key={key}>{kids()}</li>;
    case 'blockquote':
      return <blockquote key={key}>{kids()}</blockquote>;
    case 'code':
      return (
        <pre key={key}>
          <code>{node.value}</code>
        </pre>
      );
    case 'thematicBreak':
      return <hr key={key} />;
    case 'emphasis':
      return <em key={key}>{kids()}</em>;
    case 'strong':
      return <strong key={key}>{kids()}</strong>;
    case 'delete':
      return <del key={key}>{kids()}</del>;
    case 'inlineCode':
      return <code key={key}>{node.value}</code>;
    case 'break':
      return <br key={key} />;
    // A line break typed in a note stays one, as Obsidian shows it.
    case 'text':
      return lines(node.value, key);
    // Raw HTML stays text.
    case 'html':
      return node.value;
    case 'link':
      // Only web links are links; anything else (javascript:, file:) is its text.
      if (!WEB_LINK.test(node.url)) return <span key={key}>{kids()}</span>;
      return (
        <a
          key={key}
          href={node.url}
          title={node.url}
          onClick={(event) => {
            // The note around it opens for editing on a click; a link does not.
            event.preventDefault();
            event.stopPropagation();
            openLink(node.url);
          }}
        >
          {kids()}
        </a>
      );
    case 'image':
      return `[${node.alt ?? 'image'}]`;
    case 'definition':
      return null;
    default:
      return textOf(node);
  }
}

function lines(text: string, key: number): ReactNode {
  if (!text.includes('\n')) return text;
  return (
    <span key={key}>
      {text.split('\n').map((line, i) => (i === 0 ? line : [<br key={i} />, line]))}
    </span>
  );
}

/** The text of anything not drawn above (references to undefined links, tables a later parser may add). */
function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : '';
}
