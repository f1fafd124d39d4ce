import { Handle, Position } from '@xyflow/react';
import type { ReactNode } from 'react';
import type { NodeKind } from '@shared/model/workflow-nodes';
import { KindIcon } from '../../kind-icons';
import { useNodeText } from './node-text';

interface ShellProps {
  kind: NodeKind;
  title?: string;
  selected?: boolean;
  children?: ReactNode;
  /** Leave out the target (start) or source (end, condition: it draws its own) handle. */
  target?: boolean;
  source?: boolean;
  footer?: ReactNode;
}

/** The frame every node kind draws: a coloured header with the kind, the title, the key settings. */
export function NodeShell({ kind, title, selected, children, target = true, source = true, footer }: ShellProps) {
  const t = useNodeText();
  return (
    <div className={`wf-node wf-${kind}${selected ? ' selected' : ''}`} data-kind={kind}>
      {target && <Handle type="target" position={Position.Top} />}
      <div className="wf-node-head">
        <KindIcon kind={kind} size={14} />
        <span>{t(`design.kinds.${kind}`)}</span>
      </div>
      {title !== undefined && <div className="wf-node-title">{title || t('design.untitled')}</div>}
      {children && <div className="wf-node-body">{children}</div>}
      {footer}
      {source && <Handle type="source" position={Position.Bottom} />}
    </div>
  );
}
