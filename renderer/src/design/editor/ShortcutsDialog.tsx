import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';

export const shortcuts = [
  ['Ctrl+Z', 'undo'],
  ['Ctrl+Shift+Z / Ctrl+Y', 'redo'],
  ['Delete / Backspace', 'delete'],
  ['Ctrl+C', 'copy'],
  ['Ctrl+V', 'paste'],
  ['Ctrl+D', 'duplicate'],
  ['Ctrl+A', 'selectAll'],
  ['Ctrl+F', 'search'],
  ['Shift+L', 'layout'],
  ['Shift+1', 'fit'],
  ['Shift+drag', 'boxSelect'],
  ['Ctrl+click', 'multiSelect'],
  ['Escape', 'deselect'],
  ['?', 'help'],
] as const;

export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('design.shortcuts.title')} onClose={onClose}>
      <table className="table compact shortcuts">
        <tbody>
          {shortcuts.map(([keys, what]) => (
            <tr key={what}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{t(`design.shortcuts.${what}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
