import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { Workflow } from '@shared/model/workflow';
import type { NodeKind, NodeOf, WorkflowNode } from '@shared/model/workflow-nodes';
import { nodeName } from '@shared/workflow/context';
import { useLookups } from '../context';
import type { EditorStore } from '../store';
import { ActionProps } from './ActionProps';
import { AutomationForms } from './automation-forms';
import { ConditionProps } from './ConditionProps';
import { FieldGroupsContext, fieldGroups } from './field-choices';
import { fieldSuggestions } from './field-options';
import { StartProps } from './StartProps';
import { TaskProps } from './TaskProps';
import { useTaskActions } from '../panels/task-actions';
import { WorkflowInfoContext } from './workflow-info';
import { type SettingsChange, WorkflowSettings } from './WorkflowSettings';

interface Props {
  store: EditorStore;
  workflow: Workflow;
  onSettings(change: SettingsChange): void;
}

/** Settings of the selected node, or of the workflow when nothing is selected. */
export function PropertyPanel({ store, workflow, onSettings }: Props) {
  const { t, i18n } = useTranslation();
  const fieldListId = useId();
  const lookups = useLookups();
  const selected = useStore(store, (s) => {
    const picked = s.nodes.filter((n) => n.selected);
    return picked.length === 1 ? picked[0]!.data.node : picked.length;
  });
  const readOnly = useStore(store, (s) => s.readOnly);
  const followUp = useStore(store, (s) => {
    if (typeof selected !== 'object' || selected.kind !== 'action') return null;
    const edge = s.edges.find((e) => e.source === selected.id);
    const target = edge && s.nodes.find((n) => n.id === edge.target);
    return target ? nodeName(target.data.node) : null;
  });
  const taskActions = useTaskActions(
    store,
    typeof selected === 'object' && selected.kind === 'task' ? selected.id : null,
  );
  const itemType = lookups.itemTypes.find((it) => it.id === workflow.itemTypeId);
  const trigger = useStore(store, (s) => s.nodes.find((n) => n.data.node.kind === 'start')?.data.node);
  const startTrigger = trigger?.kind === 'start' ? trigger.trigger : undefined;
  const info = useMemo(
    () => ({ name: workflow.name, language: workflow.language }),
    [workflow.name, workflow.language],
  );
  const groups = useMemo(
    () => fieldGroups(startTrigger, itemType, t, i18n.language),
    [startTrigger, itemType, t, i18n.language],
  );

  const suggestions = (
    <datalist id={fieldListId}>
      {fieldSuggestions(itemType).map((f) => (
        <option key={f.key} value={f.key}>
          {f.label}
        </option>
      ))}
    </datalist>
  );

  if (typeof selected === 'number') {
    return selected === 0 ? (
      <WorkflowSettings workflow={workflow} onChange={onSettings} readOnly={readOnly} />
    ) : (
      <p className="prop-hint">{t('design.multiSelected', { count: selected })}</p>
    );
  }

  const node = selected;
  const update = (patch: Partial<WorkflowNode>, field: string) =>
    store.getState().updateNode(node.id, (n) => ({ ...n, ...patch }) as WorkflowNode, field);
  const common = { update, fieldListId } as const;
  const as = <K extends NodeKind>(n: WorkflowNode) => n as NodeOf<K>;
  return (
    <WorkflowInfoContext.Provider value={info}>
      <FieldGroupsContext.Provider value={groups}>
        <fieldset disabled={readOnly} className="prop-fieldset" key={node.id}>
          {suggestions}
          {node.kind === 'start' && <StartProps node={as<'start'>(node)} {...common} />}
          {node.kind === 'task' && (
            <TaskProps node={as<'task'>(node)} itemType={itemType} actions={taskActions} {...common} />
          )}
          {node.kind === 'action' && <ActionProps node={as<'action'>(node)} followUp={followUp} {...common} />}
          {node.kind === 'condition' && (
            <ConditionProps node={as<'condition'>(node)} newId={() => crypto.randomUUID()} {...common} />
          )}
          <AutomationForms node={node} {...common} />
        </fieldset>
      </FieldGroupsContext.Provider>
    </WorkflowInfoContext.Provider>
  );
}
