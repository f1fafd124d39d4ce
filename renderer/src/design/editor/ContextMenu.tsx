import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export interface MenuItem {
  key: string;
  label: string;
  run(): void;
  disabled?: boolean;
  danger?: boolean;
}

/** A small menu at the pointer; any click elsewhere or Escape closes it. */
export function ContextMenu({
  at,
  items,
  onClose,
}: {
  at: { x: number; y: number };
  items: MenuItem[];
  onClose(): void;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent && e.key !== 'Escape') return;
      onClose();
    };
    window.addEventListener('keydown', close);
    window.addEventListener('pointerdown', close);
    return () => {
      window.removeEventListener('keydown', close);
      window.removeEventListener('pointerdown', close);
    };
  }, [onClose]);
  return (
    <div
      className="context-menu"
      role="menu"
      aria-label={t('design.menu')}
      style={{ left: at.x, top: at.y }}
      onPointerDown={(e) => e.stopPropagation()}
    >
      {items.map((item) => (
        <button
          key={item.key}
          type="button"
          role="menuitem"
          className={item.danger ? 'danger' : undefined}
          disabled={item.disabled}
          onClick={() => {
            item.run();
            onClose();
          }}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
