import { useTranslation } from 'react-i18next';
import { type NodeKind, NodeKinds } from '@shared/model/workflow-nodes';
import { KindIcon } from '../kind-icons';
import { DRAG_TYPE } from './Canvas';

type Group = 'flow' | 'automation';
/** Each kind's palette group, in palette order (a kind without one does not compile). */
const groupOf = {
  start: 'flow',
  task: 'flow',
  action: 'flow',
  condition: 'flow',
  end: 'flow',
  notify: 'automation',
  createTask: 'automation',
  webhook: 'automation',
  setField: 'automation',
  wait: 'automation',
} satisfies Record<NodeKind, Group>;
const groups: { key: Group; kinds: NodeKind[] }[] = (['flow', 'automation'] as const).map((key) => ({
  key,
  kinds: (Object.keys(groupOf) as NodeKind[]).filter((k) => groupOf[k] === key),
}));

/** The node kinds to drag onto the canvas (or click: it goes below the selected step, connected when it may be). */
export function Palette({ onAdd }: { onAdd(kind: NodeKind): void }) {
  const { t } = useTranslation();
  if (NodeKinds.length !== groups.flatMap((g) => g.kinds).length) throw new Error('palette misses a node kind');
  return (
    <aside className="palette" aria-label={t('design.palette')}>
      {groups.map((g) => (
        <div key={g.key}>
          <h3>{t(`design.paletteGroups.${g.key}`)}</h3>
          {g.kinds.map((kind) => (
            <button
              key={kind}
              type="button"
              className={`palette-item palette-${kind}`}
              draggable
              data-kind={kind}
              title={t(`design.kindHints.${kind}`)}
              onDragStart={(e) => {
                e.dataTransfer.setData(DRAG_TYPE, kind);
                e.dataTransfer.effectAllowed = 'copy';
              }}
              onClick={() => onAdd(kind)}
            >
              <span className="palette-icon">
                <KindIcon kind={kind} size={15} />
              </span>
              <span className="palette-label">{t(`design.kinds.${kind}`)}</span>
            </button>
          ))}
        </div>
      ))}
    </aside>
  );
}
