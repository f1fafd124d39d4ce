import type { NodeProps } from '@xyflow/react';
import { useLookups } from '../context';
import type { FlowNode } from '../flow';
import { fieldLabel } from '../field-label';
import { whoLabel } from '../summaries';
import { MessageBadge } from './MessageBadge';
import { memoNode } from './memo-node';
import { NodeShell } from './NodeShell';
import { useNodeText } from './node-text';

export const TaskNode = memoNode(function TaskNode({ data, selected }: NodeProps<FlowNode>) {
  const t = useNodeText();
  const lookups = useLookups();
  const node = data.node;
  if (node.kind !== 'task') return null;
  return (
    <NodeShell kind="task" title={node.title} selected={selected}>
      <div className="wf-dest">
        {node.destinations.length ? (
          node.destinations.map((d) => whoLabel(d, lookups, t)).join(' · ')
        ) : (
          <span className="wf-missing">{t('design.task.noDestination')}</span>
        )}
      </div>
      <div className="wf-flags">
        {node.infoTask && <span className="wf-flag">{t('design.task.info')}</span>}
        {node.reactionRequired && <span className="wf-flag">{t('design.task.reaction')}</span>}
        {node.deadline && (
          <span className="wf-flag">
            {node.deadline.type === 'after'
              ? t('design.task.dueAfter', {
                  duration: t(`design.durations.${node.deadline.unit}`, { count: node.deadline.amount }),
                })
              : t('design.task.dueField', { field: fieldLabel(node.deadline.field, lookups, t) })}
          </span>
        )}
        {node.escalation && (
          <span className="wf-flag">
            {t('escalation.flag', {
              duration: t(`design.durations.${node.escalation.after.unit}`, { count: node.escalation.after.amount }),
            })}
          </span>
        )}
      </div>
      <MessageBadge message={node.message} />
    </NodeShell>
  );
});
