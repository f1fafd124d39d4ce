import type { NodeProps } from '@xyflow/react';
import { type FunctionComponent, memo } from 'react';
import type { FlowNode } from '../flow';

/**
 * Memoise a node component on what it draws: its settings and whether it is selected. React Flow
 * also passes size and position, which change when nodes are measured or dragged; redrawing
 * every node for those is what made large workflows slow to open.
 */
export const memoNode = (component: FunctionComponent<NodeProps<FlowNode>>) =>
  memo(component, (before, after) => before.data === after.data && before.selected === after.selected);
