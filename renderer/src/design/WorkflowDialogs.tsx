import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkflowSummary } from '@shared/api/workflow-contract';
import type { ItemType } from '@shared/model/item-type';
import { useApp } from '../state/context';
import { Dialog } from '../ui/Dialog';
import { ErrorBox } from '../ui/ErrorText';
import { useApiCall } from '../ui/use-api-call';

export type ListDialog = { type: 'create' } | { type: 'rename' | 'duplicate' | 'delete'; workflow: WorkflowSummary };

/** New, rename, duplicate and delete (with confirmation) for the workflows list. */
export function WorkflowDialogs({
  dialog,
  itemTypes,
  onClose,
  onDone,
}: {
  dialog: ListDialog;
  itemTypes: ItemType[];
  onClose(): void;
  onDone(message: string, openId?: string): void;
}) {
  const { t } = useTranslation();
  const client = useApp((s) => s.client);
  const initialName =
    dialog.type === 'create'
      ? ''
      : dialog.type === 'duplicate'
        ? t('design.list.copyName', { name: dialog.workflow.name })
        : dialog.workflow.name;
  const [name, setName] = useState(initialName);
  const [itemTypeId, setItemTypeId] = useState('');
  const { busy, error, run } = useApiCall();

  const submit = () =>
    run(
      async () => {
        if (dialog.type === 'create') {
          const wf = await client.call('workflows.create', { name, ...(itemTypeId ? { itemTypeId } : {}) });
          onDone('', wf.id);
        } else if (dialog.type === 'rename') {
          await client.call('workflows.update', { id: dialog.workflow.id, name });
          onDone(t('design.list.renamed', { name }));
        } else if (dialog.type === 'duplicate') {
          await client.call('workflows.duplicate', { id: dialog.workflow.id, name });
          onDone(t('design.list.duplicated', { name }));
        } else {
          await client.call('workflows.remove', { id: dialog.workflow.id });
          localStorage.removeItem(`stroomlijn.draft.${dialog.workflow.id}`);
          onDone(t('design.list.deleted', { name: dialog.workflow.name }));
        }
      },
      { staysBusy: true },
    );

  const title =
    dialog.type === 'create'
      ? t('design.list.new')
      : t(`design.list.${dialog.type}Title`, { name: dialog.workflow.name });
  const isDelete = dialog.type === 'delete';
  return (
    <Dialog
      title={title}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className={`primary${isDelete ? ' danger' : ''}`}
            disabled={busy || (!isDelete && name.trim() === '')}
            onClick={() => void submit()}
          >
            {isDelete ? t('common.delete') : dialog.type === 'create' ? t('design.list.create') : t('common.save')}
          </button>
        </>
      }
    >
      {isDelete ? (
        <p>{t('design.list.deleteBody')}</p>
      ) : (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) void submit();
          }}
        >
          <div className="form-row">
            <label htmlFor="wf-name">{t('design.list.name')}</label>
            <input id="wf-name" type="text" value={name} onChange={(e) => setName(e.target.value)} />
          </div>
          {dialog.type === 'create' && (
            <div className="form-row">
              <label htmlFor="wf-type">{t('design.settings.itemType')}</label>
              <select id="wf-type" value={itemTypeId} onChange={(e) => setItemTypeId(e.target.value)}>
                <option value="">{t('design.settings.noItemType')}</option>
                {itemTypes.map((it) => (
                  <option key={it.id} value={it.id}>
                    {it.name}
                  </option>
                ))}
              </select>
            </div>
          )}
        </form>
      )}
      {error !== null && <ErrorBox error={error} />}
    </Dialog>
  );
}
