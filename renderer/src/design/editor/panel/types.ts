import type { NodeKind, NodeOf } from '@shared/model/workflow-nodes';

/** What every per-kind form gets: its node, a way to change it, and the id of the field suggestions. */
export interface PropsOf<K extends NodeKind> {
  node: NodeOf<K>;
  update(patch: Partial<NodeOf<K>>, field: string): void;
  fieldListId: string;
}
