import { useId, useState } from 'react';
import { useNavigation } from '../../state/navigation';
import { useWorkspaceState } from '../../state/session-context';
import { Icon } from '../../ui/Icon';
import { Modal } from '../../ui/Modal';
import { useCoders } from './coder-actions';

/** Who is coding: the name keys, notes and coded marks are saved under, remembered on this computer. */
export function CoderDialog() {
  const navigation = useNavigation();
  const coders = useCoders();
  const current = useWorkspaceState((s) => s.notebook?.coder ?? '');
  const coderList = useWorkspaceState((s) => s.coders?.coders);
  const known = coderList?.map((c) => c.name) ?? [];
  const [name, setName] = useState(current);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const fieldId = useId();
  const problemId = useId();
  const listId = useId();
  const hintId = useId();

  const submit = async () => {
    if (name.trim() === current) {
      navigation.closeDialog();
      return;
    }
    setSaving(true);
    const refused = await coders.setCurrent(name);
    setSaving(false);
    if (refused) setProblem(refused.refusal);
    else navigation.closeDialog();
  };

  return (
    <Modal
      title="Who is coding?"
      description="Your tags, notes and documents marked as coded are saved under this name. Themata remembers it on this computer."
      size="small"
      onClose={() => navigation.closeDialog()}
      footer={
        <>
          <button type="button" className="button" onClick={() => navigation.closeDialog()}>
            Cancel
          </button>
          <button type="submit" form="coder-form" className="button primary" disabled={saving}>
            Code as this name
          </button>
        </>
      }
    >
      <form
        id="coder-form"
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label className="form-label" htmlFor={fieldId}>
          Coder’s name
        </label>
        <input
          id={fieldId}
          className="field"
          autoComplete="off"
          spellCheck={false}
          maxLength={60}
          value={name}
          list={known.length > 0 ? listId : undefined}
          data-autofocus
          aria-invalid={problem !== null}
          aria-describedby={problem ? `${problemId} ${hintId}` : hintId}
          onChange={(event) => {
            setName(event.target.value);
            setProblem(null);
          }}
        />
        {known.length > 0 ? (
          <datalist id={listId}>
            {known.map((coder) => (
              <option key={coder} value={coder} />
            ))}
          </datalist>
        ) : null}
        <p id={hintId} className="form-hint">
          Everyone coding the same articles uses a name of their own, so their work can be compared.
        </p>
        {problem ? (
          <p id={problemId} className="go-to-problem" role="alert">
            <Icon name="warning" /> {problem}
          </p>
        ) : null}
      </form>
    </Modal>
  );
}
