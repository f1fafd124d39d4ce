import type { NodeProps } from '@xyflow/react';
import type { FlowNode } from '../flow';
import { useLookups } from '../context';
import { conditionSummary } from '../summaries';
import { MessageBadge } from './MessageBadge';
import { memoNode } from './memo-node';
import { NodeShell } from './NodeShell';
import { useNodeText } from './node-text';

export const ActionNode = memoNode(function ActionNode({ data, selected }: NodeProps<FlowNode>) {
  const t = useNodeText();
  const lookups = useLookups();
  const node = data.node;
  if (node.kind !== 'action') return null;
  return (
    <NodeShell kind="action" title={node.label} selected={selected}>
      <div className="wf-flags">
        <span className={`wf-flag wf-role-${node.role}`}>{t(`design.roles.${node.role}`)}</span>
        <span className="wf-flag">{t(`design.modes.${node.mode}`)}</span>
      </div>
      {node.mode === 'automatic' && <div className="wf-muted">{conditionSummary(node.condition, t, lookups)}</div>}
      {node.effects.map((e, i) => (
        <div key={i} className="wf-muted">
          {e.type === 'setStatus'
            ? t('design.effects.statusTo', { status: e.status })
            : t('design.effects.fieldTo', { field: e.field, value: String(e.value) })}
        </div>
      ))}
      <MessageBadge message={node.message} />
    </NodeShell>
  );
});
