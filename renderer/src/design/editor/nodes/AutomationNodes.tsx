import type { NodeProps } from '@xyflow/react';
import { useLookups } from '../context';
import type { FlowNode } from '../flow';
import { fieldLabel } from '../field-label';
import { whoLabel } from '../summaries';
import { MessageBadge } from './MessageBadge';
import { memoNode } from './memo-node';
import { NodeShell } from './NodeShell';
import { useNodeText } from './node-text';

export const NotifyNode = memoNode(function NotifyNode({ data, selected }: NodeProps<FlowNode>) {
  const t = useNodeText();
  const lookups = useLookups();
  const node = data.node;
  if (node.kind !== 'notify') return null;
  return (
    <NodeShell kind="notify" title={node.title ?? ''} selected={selected}>
      <div className="wf-dest">
        {node.to.length ? (
          node.to.map((w) => whoLabel(w, lookups, t)).join(' · ')
        ) : (
          <span className="wf-missing">{t('design.who.nobody')}</span>
        )}
      </div>
      <MessageBadge
        message={{ enabled: true, addressee: { type: 'taskUsers' }, templateId: node.templateId }}
        channel={node.channel}
      />
    </NodeShell>
  );
});

export const CreateTaskNode = memoNode(function CreateTaskNode({ data, selected }: NodeProps<FlowNode>) {
  const t = useNodeText();
  const lookups = useLookups();
  const node = data.node;
  if (node.kind !== 'createTask') return null;
  const assignee = node.assigneeUserId
    ? lookups.directory.users.find((u) => u.id === node.assigneeUserId)?.name
    : undefined;
  return (
    <NodeShell kind="createTask" title={node.title} selected={selected}>
      <div className="wf-dest">{assignee ?? t('design.who.nobody')}</div>
      {node.dueInDays !== undefined && (
        <div className="wf-muted">
          {node.dueUnit === 'workingDays'
            ? t('officeCalendar.dueInWorking', { count: node.dueInDays })
            : t('design.createTask.dueIn', { count: node.dueInDays })}
        </div>
      )}
    </NodeShell>
  );
});

export const WebhookNode = memoNode(function WebhookNode({ data, selected }: NodeProps<FlowNode>) {
  const node = data.node;
  if (node.kind !== 'webhook') return null;
  return (
    <NodeShell kind="webhook" title={node.title ?? ''} selected={selected}>
      <div className="wf-mono">
        <strong>{node.method}</strong> {node.url}
      </div>
    </NodeShell>
  );
});

export const SetFieldNode = memoNode(function SetFieldNode({ data, selected }: NodeProps<FlowNode>) {
  const t = useNodeText();
  const lookups = useLookups();
  const node = data.node;
  if (node.kind !== 'setField') return null;
  return (
    <NodeShell kind="setField" selected={selected}>
      <div className="wf-mono">
        {fieldLabel(node.field, lookups, t)} ← {String(node.value) || '""'}
      </div>
    </NodeShell>
  );
});

export const WaitNode = memoNode(function WaitNode({ data, selected }: NodeProps<FlowNode>) {
  const t = useNodeText();
  const lookups = useLookups();
  const node = data.node;
  if (node.kind !== 'wait') return null;
  const { until } = node;
  return (
    <NodeShell kind="wait" title={node.title ?? ''} selected={selected}>
      <div>
        {until.type === 'duration'
          ? t('design.wait.for', { duration: t(`design.durations.${until.unit}`, { count: until.amount }) })
          : t('design.wait.until', { field: fieldLabel(until.field, lookups, t) })}
      </div>
    </NodeShell>
  );
});

export const EndNode = memoNode(function EndNode({ data, selected }: NodeProps<FlowNode>) {
  const node = data.node;
  if (node.kind !== 'end') return null;
  return <NodeShell kind="end" title={node.title || undefined} selected={selected} source={false} />;
});
