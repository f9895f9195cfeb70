import { useWorkspaceState } from '../../state/session-context';
import { chosenDocuments, scopeName } from '../../state/document-set';
import type { ScopeKind } from '../../state/workspace-state';
import { Icon } from '../../ui/Icon';
import { Popover } from '../../ui/Popover';
import { useScope } from './scope-actions';

/** The toolbar's scope: which documents the filter, search, the overview and Retrieve work over. */
export function ScopeMenu() {
  const scope = useScope();
  const kind = useWorkspaceState((s) => s.scope.kind);
  const name = useWorkspaceState(scopeName);
  const chosen = useWorkspaceState((s) => chosenDocuments(s.scope, s.documents).length);
  const total = useWorkspaceState((s) => s.documents.length);
  const options: { value: ScopeKind; label: string; detail: string; disabled?: boolean }[] = [
    { value: 'document', label: 'This document', detail: 'Only the document open in the reader' },
    {
      value: 'selection',
      label: chosen > 0 ? `The chosen documents (${chosen.toLocaleString()})` : 'The chosen documents',
      detail: chosen > 0 ? 'The documents ticked in the list' : 'Tick documents in the list to choose them',
      disabled: chosen === 0,
    },
    { value: 'notebook', label: 'The whole notebook', detail: `All ${total.toLocaleString()} ${total === 1 ? 'document' : 'documents'}` },
  ];
  return (
    <Popover
      label={`Work in: ${name}`}
      title="Which documents the filter, search, the overview and Retrieve work over"
      triggerClassName="button ghost toolbar-button scope-button"
      trigger={
        <>
          <Icon name="stack" />
          <span className="toolbar-label">{name}</span>
          <Icon name="chevronDown" size={14} />
        </>
      }
      className="scope-panel"
    >
      {(close) => (
        <fieldset className="scope-menu">
          <legend>Filter, search, overview and Retrieve work in</legend>
          {options.map((option) => (
            <label key={option.value} className={option.disabled ? 'scope-option disabled' : 'scope-option'}>
              <input
                type="radio"
                name="scope"
                value={option.value}
                checked={kind === option.value}
                disabled={option.disabled}
                onChange={() => {
                  void scope.setKind(option.value);
                  close();
                }}
              />
              <span className="scope-option-text">
                <span className="scope-option-label">{option.label}</span>
                <span className="scope-option-detail">{option.detail}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
    </Popover>
  );
}
