import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlowNode } from '../flow';
import { conditionSummary } from '../summaries';
import { MessageBadge } from './MessageBadge';
import { NodeShell } from './NodeShell';

export const StartNode = memo(function StartNode({ data, selected }: NodeProps<FlowNode>) {
  const { t } = useTranslation();
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
          {trigger.onlyIf && <div className="wf-muted">{t('design.trigger.onlyIf')}: {conditionSummary(trigger.onlyIf, t)}</div>}
        </>
      )}
      <MessageBadge message={node.message} />
    </NodeShell>
  );
});
