import type { NodeKind } from '@shared/model/workflow-nodes';

const paths: Record<NodeKind, string> = {
  start: 'M8 5v14l11-7z',
  task: 'M5 4h14v16H5zM9 9h6M9 13h6M9 17h3',
  action: 'M5 12h11M12 6l6 6-6 6',
  condition: 'M12 3l9 9-9 9-9-9z',
  notify: 'M6 16V11a6 6 0 1 1 12 0v5l2 2H4zM10 20a2 2 0 0 0 4 0',
  createTask: 'M12 5v14M5 12h14M4 4h4M4 4v4',
  webhook: 'M10 14a4 4 0 0 1 0-5.7l2-2a4 4 0 0 1 5.7 5.7l-1 1M14 10a4 4 0 0 1 0 5.7l-2 2a4 4 0 0 1-5.7-5.7l1-1',
  setField: 'M4 20h4L19 9l-4-4L4 16z',
  wait: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7v5l3 3',
  end: 'M6 6h12v12H6z',
};

export const KindIcon = ({ kind, size = 16 }: { kind: NodeKind; size?: number }) => (
  <svg
    width={size}
    height={size}
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth={2}
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
  >
    <path d={paths[kind]} />
  </svg>
);
