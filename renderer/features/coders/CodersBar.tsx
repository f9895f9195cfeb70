import { useId } from 'react';
import { useWorkspaceState } from '../../state/session-context';
import { Icon } from '../../ui/Icon';
import { useCoders } from './coder-actions';
import { offersViewSwitch, viewChoices, viewValue } from './coder-view';
import { useCoderMarks } from './use-coder-marks';

/**
 * Above the reader when more than one coder has coded: whose tags it shows
 * (mine, one other coder's, everyone's), and what each coder's mark on a chip
 * stands for.
 */
export function CodersBar() {
  const coders = useWorkspaceState((s) => s.coders);
  const actions = useCoders();
  const marks = useCoderMarks();
  const selectId = useId();
  if (!coders || !offersViewSwitch(coders)) return null;
  const choices = viewChoices(coders);
  const view = coders.view;
  const shown =
    view.kind === 'everyone' ? [coders.current, ...coders.coders.map((c) => c.name).filter((name) => name !== coders.current)] : view.kind === 'coder' ? [view.coder] : [];
  return (
    <div className="coders-bar" role="region" aria-label="Coders">
      <Icon name="eye" size={15} />
      <label className="coders-bar-label" htmlFor={selectId}>
        Showing
      </label>
      <select
        id={selectId}
        className="field small coders-view"
        value={viewValue(view, coders.current)}
        onChange={(event) => {
          const choice = choices.find((c) => c.value === event.target.value);
          if (choice) void actions.setView(choice.view);
        }}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      {marks && shown.length > 0 ? (
        <ul className="coder-legend" aria-label="Coders’ marks on the chips">
          {shown.map((name) => (
            <li key={name}>
              <span className="coder-mark" aria-hidden="true">
                {marks.get(name)}
              </span>
              <span>
                {name}
                {name === coders.current ? <span className="muted"> (you)</span> : null}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
