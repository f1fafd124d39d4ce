import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { EditorStore } from './store';

/** What to do on an empty canvas; it goes as soon as the first step is there. */
export function EmptyCanvasHint({ store }: { store: EditorStore }) {
  const { t } = useTranslation();
  const empty = useStore(store, (s) => s.nodes.length === 0 && !s.readOnly);
  if (!empty) return null;
  return (
    <div className="canvas-empty" role="note">
      <strong>{t('editorAid.empty.title')}</strong>
      <p>{t('editorAid.empty.text')}</p>
    </div>
  );
}
