import type { NodeProps } from '@xyflow/react';
import type { FlowNode } from '../flow';
import { useLookups } from '../context';
import { conditionSummary } from '../summaries';
import { MessageBadge } from './MessageBadge';
import { memoNode } from './memo-node';
import { NodeShell } from './NodeShell';
import { useNodeText } from './node-text';

export const StartNode = memoNode(function StartNode({ data, selected }: NodeProps<FlowNode>) {
  const t = useNodeText();
  const lookups = useLookups();
  const node = data.node;
  if (node.kind !== 'start') return null;
  const { trigger } = node;
  return (
    <NodeShell kind="start" selected={selected} target={false}>
      {trigger.type === 'itemSubmitted' ? (
        <div>{t('design.trigger.itemSubmitted')}</div>
      ) : (
        <>
          <div>
            {t(`design.entities.${trigger.entity}`)} · {t(`design.events.${trigger.event}`)}
            {trigger.value ? ` “${trigger.value}”` : ''}
          </div>
          {trigger.onlyIf && (
            <div className="wf-muted">
              {t('design.trigger.onlyIf')}: {conditionSummary(trigger.onlyIf, t, lookups)}
            </div>
          )}
        </>
      )}
      <MessageBadge message={node.message} />
    </NodeShell>
  );
});
