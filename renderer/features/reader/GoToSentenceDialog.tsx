import { useId, useState } from 'react';
import { useWorkspaceState } from '../../state/session-context';
import { useNavigation } from '../../state/navigation';
import { Icon } from '../../ui/Icon';
import { Modal } from '../../ui/Modal';
import { parseSentenceNumber } from './go-to-sentence';
import { useReader } from './reader-actions';

/** Ctrl/⌘G: to any sentence of the open document by its number. */
export function GoToSentenceDialog() {
  const navigation = useNavigation();
  const reader = useReader();
  const total = useWorkspaceState((s) => s.sentences?.total ?? 0);
  const current = useWorkspaceState((s) => s.selection?.focus ?? null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const fieldId = useId();
  const problemId = useId();

  const submit = () => {
    const typed = parseSentenceNumber(text, total);
    if ('problem' in typed) {
      setProblem(typed.problem);
      return;
    }
    navigation.closeDialog();
    void reader.goToSentence(typed.number);
  };

  return (
    <Modal
      title="Go to sentence"
      description={`This document has ${total === 1 ? '1 sentence' : `${total.toLocaleString()} sentences`}.`}
      size="small"
      onClose={() => navigation.closeDialog()}
      footer={
        <>
          <button type="button" className="button" onClick={() => navigation.closeDialog()}>
            Cancel
          </button>
          <button type="submit" form="go-to-sentence-form" className="button primary">
            Go
          </button>
        </>
      }
    >
      <form
        id="go-to-sentence-form"
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label className="form-label" htmlFor={fieldId}>
          Sentence number
        </label>
        <input
          id={fieldId}
          className="field"
          inputMode="numeric"
          autoComplete="off"
          value={text}
          placeholder={current ? String(current) : '1'}
          data-autofocus
          aria-invalid={problem !== null}
          aria-describedby={problem ? problemId : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setProblem(null);
          }}
        />
        {problem ? (
          <p id={problemId} className="go-to-problem" role="alert">
            <Icon name="warning" /> {problem}
          </p>
        ) : null}
      </form>
    </Modal>
  );
}
