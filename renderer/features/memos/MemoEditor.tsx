import { useEffect, useId, useState } from 'react';
import type { MemoSubject } from '../../../electron/contract';
import { READ_ONLY_TITLE } from '../../state/read-only';
import { useWorkspaceState } from '../../state/session-context';
import { SaveIndicator } from '../notes/SaveIndicator';
import { useMemos } from './memo-actions';

interface MemoEditorProps {
  subject: MemoSubject;
  label: string;
  placeholder?: string;
  rows?: number;
  /** Marked for the dialog to focus when it opens. */
  autoFocus?: boolean;
  /** Its own saved state; off where the surrounding panel shows one. */
  showSaved?: boolean;
}

/** A memo, written in place and saved as it is typed; read again after undo or redo. */
export function MemoEditor({ subject, label, placeholder, rows = 5, autoFocus, showSaved = true }: MemoEditorProps) {
  const memos = useMemos();
  const revision = useWorkspaceState((s) => s.detailsRevision);
  const saveState = useWorkspaceState((s) => s.saveState);
  const readOnly = useWorkspaceState((s) => s.notebook?.readOnly === true);
  const [body, setBody] = useState<string | null>(null);
  const id = useId();
  const subjectKey = JSON.stringify(subject);

  useEffect(() => {
    let current = true;
    void memos.read(JSON.parse(subjectKey) as MemoSubject).then((memo) => {
      if (current) setBody(memo?.body ?? '');
    });
    return () => {
      current = false;
    };
  }, [memos, subjectKey, revision]);

  return (
    <div className="memo-editor">
      <div className="memo-editor-head">
        <label className="field-label" htmlFor={id}>
          {label}
        </label>
        {showSaved ? <SaveIndicator state={saveState} /> : null}
      </div>
      <textarea
        id={id}
        className="field memo-field"
        rows={rows}
        maxLength={200_000}
        value={body ?? ''}
        aria-busy={body === null}
        readOnly={readOnly || body === null}
        title={readOnly ? READ_ONLY_TITLE : undefined}
        placeholder={readOnly ? 'No memo' : (placeholder ?? 'Thoughts, questions, decisions…')}
        data-autofocus={autoFocus ? true : undefined}
        onChange={(event) => {
          setBody(event.target.value);
          memos.change(subject, event.target.value);
        }}
        onBlur={() => void memos.flush()}
      />
    </div>
  );
}
