import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemType } from '@shared/model/item-type';
import { useApp } from '../state/context';
import { navigate } from '../state/route';
import { Dialog } from '../ui/Dialog';
import { ErrorBox } from '../ui/ErrorText';
import { Icon } from '../ui/icons';
import { useToast } from '../ui/Toast';
import { ItemTypeEditor } from './ItemTypeEditor';
import { useTypesAndWorkflows } from './use-types-and-workflows';
import './item-types.css';

/** `#/itemTypes` lists the item types; `#/itemTypes/new` and `#/itemTypes/<id>` open one. */
export function ItemTypesPage({ path }: { path: string[] }) {
  const { t } = useTranslation();
  const client = useApp((s) => s.client);
  const loaded = useTypesAndWorkflows();
  const { types, error, setError, reload } = loaded;
  const workflows = loaded.workflows ?? [];
  const [removing, setRemoving] = useState<ItemType | null>(null);
  const toast = useToast();

  const remove = async (type: ItemType) => {
    setRemoving(null);
    setError(null);
    try {
      await client.call('itemTypes.delete', { id: type.id });
      toast.show(t('itemTypes.deleted', { name: type.name }));
      reload();
    } catch (e) {
      setError(e);
    }
  };
  const saved = (type: ItemType) => {
    toast.show(t('itemTypes.saved', { name: type.name }));
    reload();
  };
  const open = path[0];
  const current = types?.find((x) => x.id === open) ?? null;
  const name = (id: string | undefined) => workflows.find((w) => w.id === id)?.name;
  const entersText = (type: ItemType) => {
    const main = name(type.workflowId) ?? t('itemTypes.noWorkflow');
    const field = type.fields.find((f) => f.key === type.routing?.fieldKey);
    return field && type.routing?.byValue.length
      ? t('itemTypes.perValue', { workflow: main, field: field.label })
      : main;
  };

  return (
    <section className="page">
      <header className="page-head">
        <div>
          {open && (
            <a href="#/itemTypes" className="back-link">
              ← {t('itemTypes.back')}
            </a>
          )}
          <h1>{open ? (current?.name ?? t('itemTypes.createTitle')) : t('itemTypes.title')}</h1>
          {!open && <p className="muted">{t('itemTypes.subtitle')}</p>}
        </div>
        {!open && (
          <div className="page-actions">
            <button type="button" className="primary" onClick={() => navigate('itemTypes', 'new')}>
              <Icon name="plus" size={16} /> {t('itemTypes.new')}
            </button>
          </div>
        )}
      </header>
      {error !== null && <ErrorBox error={error} />}
      {types === null || (open && open !== 'new' && !current) ? (
        <p className="muted">{t('common.loading')}</p>
      ) : open ? (
        <ItemTypeEditor key={open} type={current} workflows={workflows} onSaved={saved} />
      ) : types.length === 0 ? (
        <div className="empty">{t('itemTypes.empty')}</div>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>{t('itemTypes.columns.name')}</th>
                <th>{t('itemTypes.columns.fields')}</th>
                <th>{t('itemTypes.columns.entersWorkflow')}</th>
                <th>{t('itemTypes.columns.confidential')}</th>
                <th className="actions-col" />
              </tr>
            </thead>
            <tbody>
              {types.map((type) => (
                <tr key={type.id}>
                  <td>
                    <a href={`#/itemTypes/${type.id}`} className="strong-link">
                      {type.name}
                    </a>
                    {type.description && <div className="muted it-desc">{type.description}</div>}
                  </td>
                  <td>{type.fields.length}</td>
                  <td>{entersText(type)}</td>
                  <td>{type.confidential ? t('common.yes') : t('common.no')}</td>
                  <td className="actions-col">
                    <button
                      type="button"
                      className="icon-button danger"
                      title={t('common.delete')}
                      aria-label={`${t('common.delete')}: ${type.name}`}
                      onClick={() => setRemoving(type)}
                    >
                      <Icon name="trash" size={16} />
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {removing && (
        <Dialog
          title={t('itemTypes.deleteTitle', { name: removing.name })}
          onClose={() => setRemoving(null)}
          footer={
            <>
              <button type="button" onClick={() => setRemoving(null)}>
                {t('common.cancel')}
              </button>
              <button type="button" className="primary danger" onClick={() => void remove(removing)}>
                {t('common.delete')}
              </button>
            </>
          }
        >
          <p>{t('itemTypes.deleteBody')}</p>
        </Dialog>
      )}
      {toast.view}
    </section>
  );
}
