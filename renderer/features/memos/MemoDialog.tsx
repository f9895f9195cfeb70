import type { MemoSubject } from '../../../electron/contract';
import { useWorkspaceState } from '../../state/session-context';
import { useNavigation } from '../../state/navigation';
import { Modal } from '../../ui/Modal';
import { useMemos } from './memo-actions';
import { MemoEditor } from './MemoEditor';

/** What a memo is about, as its window's title says it. */
export function memoTitle(subject: MemoSubject, documentTitle: (id: number) => string | undefined, themeName: (id: number) => string | undefined): string {
  if (subject.kind === 'notebook') return 'Notebook memo';
  if (subject.kind === 'document') return `Memo on “${documentTitle(subject.documentId) ?? `document ${subject.documentId}`}”`;
  return `Memo on theme “${themeName(subject.themeId) ?? subject.themeId}”`;
}

/** The memo on the notebook, a document or a theme, in its own window; saved as typed, closed with Done or Esc. */
export function MemoDialog({ subject }: { subject: MemoSubject }) {
  const navigation = useNavigation();
  const memos = useMemos();
  const documents = useWorkspaceState((s) => s.documents);
  const themes = useWorkspaceState((s) => s.themes);
  const title = memoTitle(subject, (id) => documents.find((d) => d.id === id)?.title, (id) => themes.find((t) => t.id === id)?.name);
  const close = () => {
    void memos.flush();
    navigation.closeDialog();
  };
  const about =
    subject.kind === 'notebook'
      ? 'Your writing about the whole study: questions, decisions, what to compare.'
      : subject.kind === 'document'
        ? 'Your writing about this document as a whole.'
        : 'Your writing about this theme: how it is used, what it gathers.';
  return (
    <Modal
      title={title}
      description={about}
      onClose={close}
      size="large"
      className="memo-dialog"
      footer={
        <button type="button" className="button primary" onClick={close}>
          Done
        </button>
      }
    >
      <MemoEditor subject={subject} label="Memo" rows={12} autoFocus />
    </Modal>
  );
}
