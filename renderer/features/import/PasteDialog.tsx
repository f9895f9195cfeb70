import { useId, useState } from 'react';
import { useNavigation } from '../../state/navigation';
import { Modal } from '../../ui/Modal';
import { useDocuments } from '../documents/document-actions';
import { titleFromText } from './dropped-files';

/** Paste an article's text as a new document, with a title. */
export function PasteDialog() {
  const documents = useDocuments();
  const navigation = useNavigation();
  const [title, setTitle] = useState('');
  const [titleTouched, setTitleTouched] = useState(false);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const textId = useId();
  const effectiveTitle = titleTouched ? title : title || titleFromText(text);
  const canImport = effectiveTitle.trim() !== '' && text.trim() !== '' && !busy;

  const submit = async () => {
    if (!canImport) return;
    setBusy(true);
    const done = await documents.importText(effectiveTitle.trim(), text, null);
    setBusy(false);
    if (done) navigation.closeDialog();
  };

  return (
    <Modal
      title="Paste as new document"
      description="Themata splits the text into sentences; paragraphs are kept."
      size="large"
      onClose={() => navigation.closeDialog()}
      footer={
        <>
          <span className="muted">{text.trim() ? `${text.length.toLocaleString()} characters` : ''}</span>
          <button type="button" className="button" onClick={() => navigation.closeDialog()}>
            Cancel
          </button>
          <button type="submit" form="paste-form" className="button primary" disabled={!canImport}>
            {busy ? 'Importing…' : 'Import'}
          </button>
        </>
      }
    >
      <form
        id="paste-form"
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label className="form-label" htmlFor={titleId}>
          Title
        </label>
        <input
          id={titleId}
          className="field"
          value={effectiveTitle}
          maxLength={500}
          placeholder="The article’s headline"
          onChange={(event) => {
            setTitleTouched(true);
            setTitle(event.target.value);
          }}
        />
        <label className="form-label" htmlFor={textId}>
          Text
        </label>
        <textarea
          id={textId}
          className="field paste-text"
          value={text}
          data-autofocus
          placeholder="Paste the article here"
          onChange={(event) => setText(event.target.value)}
        />
      </form>
    </Modal>
  );
}
