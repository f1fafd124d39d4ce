import { Handle, type NodeProps, Position } from '@xyflow/react';
import { DEFAULT_BRANCH } from '@shared/workflow/graph';
import type { FlowNode } from '../flow';
import { useLookups } from '../context';
import { conditionSummary } from '../summaries';
import { memoNode } from './memo-node';
import { NodeShell } from './NodeShell';
import { useNodeText } from './node-text';

/** A condition: its ordered branches, each with its own outgoing handle, and the default last. */
export const ConditionNode = memoNode(function ConditionNode({ data, selected }: NodeProps<FlowNode>) {
  const t = useNodeText();
  const lookups = useLookups();
  const node = data.node;
  if (node.kind !== 'condition') return null;
  const outs = [
    ...node.branches.map((b) => ({ id: b.id, label: b.label, hint: conditionSummary(b.condition, t, lookups) })),
    { id: DEFAULT_BRANCH, label: t('design.condition.default'), hint: '' },
  ];
  return (
    <NodeShell
      kind="condition"
      title={node.title}
      selected={selected}
      source={false}
      footer={
        <div className="wf-branches">
          {outs.map((o, i) => (
            <div
              key={o.id}
              className={`wf-branch${o.id === DEFAULT_BRANCH ? ' wf-branch-default' : ''}`}
              title={o.hint}
            >
              <span className="wf-branch-no">{o.id === DEFAULT_BRANCH ? '•' : i + 1}</span>
              <span className="wf-branch-label">{o.label}</span>
              <Handle type="source" position={Position.Bottom} id={o.id} />
            </div>
          ))}
        </div>
      }
    />
  );
});
