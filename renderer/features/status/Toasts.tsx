import { dismissMessage, messages } from '../../lib/messages';
import { useStore } from '../../lib/store';
import { Icon } from '../../ui/Icon';

/** Messages for the researcher, one sentence each; errors are announced at once. */
export function Toasts() {
  const list = useStore(messages, (s) => s.list);
  return (
    <div className="toasts">
      <div className="toast-stack" role="status" aria-live="polite">
        {list
          .filter((m) => m.kind !== 'error')
          .map((message) => (
            <div key={message.id} className={`toast ${message.kind}`}>
              <Icon name={message.kind === 'success' ? 'check' : 'info'} />
              <span className="toast-text">{message.text}</span>
              {message.action ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    message.action?.run();
                    dismissMessage(message.id);
                  }}
                >
                  {message.action.label}
                </button>
              ) : null}
              <button type="button" className="icon-button small" aria-label="Dismiss" onClick={() => dismissMessage(message.id)}>
                <Icon name="close" size={12} />
              </button>
            </div>
          ))}
      </div>
      <div className="toast-stack" role="alert">
        {list
          .filter((m) => m.kind === 'error')
          .map((message) => (
            <div key={message.id} className="toast error">
              <Icon name="warning" />
              <span className="toast-text">{message.text}</span>
              <button type="button" className="icon-button small" aria-label="Dismiss" onClick={() => dismissMessage(message.id)}>
                <Icon name="close" size={12} />
              </button>
            </div>
          ))}
      </div>
    </div>
  );
}
