import { useState } from 'react';
import { describeFilter, isEmptyFilter } from '../../../electron/contract';
import { useWorkspaceState } from '../../state/session-context';
import { chosenDocuments, documentsWithDetails, scopeName } from '../../state/document-set';
import type { ScopeKind } from '../../state/workspace-state';
import { Icon } from '../../ui/Icon';
import { Popover } from '../../ui/Popover';
import { DetailsConditions } from './DetailsConditions';
import { useScope } from './scope-actions';

/** The toolbar's scope: which documents the filter, search, the overview and Retrieve work over. */
export function ScopeMenu() {
  const name = useWorkspaceState(scopeName);
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
      {(close) => <ScopeChoices close={close} />}
    </Popover>
  );
}

/** The panel's content, mounted afresh at each opening: conditions open only when the scope is already by details. */
function ScopeChoices({ close }: { close: () => void }) {
  const scope = useScope();
  const kind = useWorkspaceState((s) => s.scope.kind);
  const chosen = useWorkspaceState((s) => chosenDocuments(s.scope, s.documents).length);
  const total = useWorkspaceState((s) => s.documents.length);
  const details = useWorkspaceState((s) => s.scope.details);
  const withDetails = useWorkspaceState((s) => documentsWithDetails(s.scope, s.documents).length);
  const [conditions, setConditions] = useState(kind === 'details');
  const options: { value: ScopeKind; label: string; detail: string; disabled?: boolean }[] = [
    { value: 'document', label: 'This document', detail: 'Only the document open in the reader' },
    {
      value: 'selection',
      label: chosen > 0 ? `The chosen documents (${chosen.toLocaleString()})` : 'The chosen documents',
      detail: chosen > 0 ? 'The documents ticked in the list' : 'Tick documents in the list to choose them',
      disabled: chosen === 0,
    },
    {
      value: 'details',
      label: isEmptyFilter(details) ? 'Documents by their details…' : `Documents by their details (${withDetails.toLocaleString()})`,
      detail: isEmptyFilter(details) ? 'Outlet, author, language, dates or your own variables' : `With ${describeFilter(details)}`,
    },
    { value: 'notebook', label: 'The whole notebook', detail: `All ${total.toLocaleString()} ${total === 1 ? 'document' : 'documents'}` },
  ];
  const checked = conditions ? 'details' : kind;
  return (
    <>
      <fieldset className="scope-menu">
        <legend>Filter, search, overview and Retrieve work in</legend>
        {options.map((option) => (
          <label key={option.value} className={option.disabled ? 'scope-option disabled' : 'scope-option'}>
            <input
              type="radio"
              name="scope"
              value={option.value}
              checked={checked === option.value}
              disabled={option.disabled}
              onChange={() => {
                // Conditions are chosen before the scope moves to them.
                if (option.value === 'details') {
                  setConditions(true);
                  return;
                }
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
      {conditions ? (
        <DetailsConditions
          initial={details}
          onApply={(filter) => {
            void scope.chooseByDetails(filter);
            close();
          }}
        />
      ) : null}
    </>
  );
}
