import { useTranslation } from 'react-i18next';
import { entryLabel } from '@shared/directory';
import type { DirectoryEntry, DirectoryKind } from '@shared/model/directory';
import { useApp } from '../state/context';
import { Dialog } from '../ui/Dialog';
import { ErrorBox } from '../ui/ErrorText';
import { useApiCall } from '../ui/use-api-call';

export function DeleteDialog({
  kind,
  entry,
  onDone,
  onCancel,
}: {
  kind: DirectoryKind;
  entry: DirectoryEntry;
  onDone(label: string): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const directory = useApp((s) => s.directory);
  const removeEntry = useApp((s) => s.removeEntry);
  const { busy, error, run } = useApiCall();
  const label = entryLabel(kind, entry, directory);
  const confirm = () =>
    run(
      async () => {
        await removeEntry(kind, entry.id);
        onDone(label);
      },
      { staysBusy: true },
    );
  return (
    <Dialog
      title={t('directory.deleteTitle', { name: label })}
      onClose={onCancel}
      footer={
        <>
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="button" className="primary danger" onClick={confirm} disabled={busy || error !== null}>
            {t('common.delete')}
          </button>
        </>
      }
    >
      <p>{t('directory.deleteBody')}</p>
      {error !== null && <ErrorBox error={error} />}
    </Dialog>
  );
}
