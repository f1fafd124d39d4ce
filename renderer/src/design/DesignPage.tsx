import { EditorScreen } from './editor/EditorScreen';
import { WorkflowList } from './WorkflowList';

/** #/design → the list; #/design/<id> → its draft; #/design/<id>/v/<n> → version n, read-only. */
export function DesignPage({ path }: { path: string[] }) {
  const [id, v, n] = path;
  if (!id) return <WorkflowList />;
  const version = v === 'v' && n ? Number(n) : undefined;
  return <EditorScreen workflowId={id} version={Number.isInteger(version) ? version : undefined} />;
}
