import { useTranslation } from 'react-i18next';
import { type NodeKind, NodeKinds } from '../../../../shared/model/workflow-nodes';
import { KindIcon } from '../kind-icons';
import { DRAG_TYPE } from './Canvas';

const groups: { key: 'flow' | 'automation'; kinds: NodeKind[] }[] = [
  { key: 'flow', kinds: ['start', 'task', 'action', 'condition', 'end'] },
  { key: 'automation', kinds: ['notify', 'createTask', 'webhook', 'setField', 'wait'] },
];

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
