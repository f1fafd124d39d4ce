import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { itemStatusText } from '../ui/item-status-text';
import type { TaskView } from '@shared/api/item-contract';
import type { ItemRecord } from '@shared/model/item';
import { useApp } from '../state/context';
import { navigate } from '../state/route';
import { Icon } from '../ui/icons';
import { ActButton } from './ActButton';
import { ItemPage } from './ItemPage';
import { InboxList } from './InboxList';
import type { InboxEntry } from '@shared/model/record';
import { NewItemDialog } from './NewItemDialog';
import { NotUnderstoodList, type NotUnderstoodReply } from './NotUnderstoodList';
import './work.css';
import { formatDateTime } from '../ui/format';

/** Work: your tasks, the items you may see, one item, your inbox; and submitting a new one. */
export function WorkPage({ path }: { path: string[] }) {
  const { t, i18n } = useTranslation();
  const client = useApp((s) => s.client);
  const inboxChanged = useApp((s) => s.inboxChanged);
  // Acting on a task (here or on an item's page) changes the counts of the tabs: look again then.
  const workVersion = useApp((s) => s.workVersion);
  const [tasks, setTasks] = useState<TaskView[]>([]);
  const [items, setItems] = useState<ItemRecord[]>([]);
  const [creating, setCreating] = useState(false);
  const [inbox, setInbox] = useState<InboxEntry[]>([]);
  const [notUnderstood, setNotUnderstood] = useState<NotUnderstoodReply[]>([]);
  const view =
    path[0] === 'item' && path[1]
      ? 'item'
      : path[0] === 'items'
        ? 'items'
        : path[0] === 'inbox'
          ? 'inbox'
          : path[0] === 'replies'
            ? 'replies'
            : 'tasks';
  const reload = useCallback(async () => {
    const [mine, all, messages] = await Promise.all([
      client.call('tasks.mine'),
      client.call('items.list'),
      client.call('inbox.list'),
    ]);
    setTasks(mine);
    setInbox(messages);
    setItems([...all].reverse());
    // Replies to task mails that could not act: the workflows' task managers (and administrators) see them.
    setNotUnderstood(await client.call('replies.notUnderstood').catch(() => []));
  }, [client]);
  useEffect(() => void reload(), [reload, path, workVersion]);
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  return (
    <section className="page work-page">
      <header className="page-head">
        <div>
          <h1>{t('work.title')}</h1>
        </div>
        <div className="page-actions">
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            <Icon name="plus" size={16} /> {t('work.newItem')}
          </button>
        </div>
      </header>
      <div className="tabs" role="tablist">
        <button
          type="button"
          role="tab"
          aria-selected={view === 'tasks'}
          className={view === 'tasks' ? 'active' : undefined}
          onClick={() => navigate('work')}
        >
          {t('work.myTasks')} <span className="count">{tasks.length}</span>
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={view === 'items'}
          className={view === 'items' ? 'active' : undefined}
          onClick={() => navigate('work', 'items')}
        >
          {t('work.items')} <span className="count">{items.length}</span>
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={view === 'inbox'}
          className={view === 'inbox' ? 'active' : undefined}
          onClick={() => navigate('work', 'inbox')}
        >
          {t('inbox.title')}{' '}
          <span className={`count${inbox.some((e) => !e.readAt) ? ' count-unread' : ''}`}>
            {inbox.filter((e) => !e.readAt).length}
          </span>
        </button>
        {(notUnderstood.length > 0 || view === 'replies') && (
          <button
            type="button"
            role="tab"
            aria-selected={view === 'replies'}
            className={view === 'replies' ? 'active' : undefined}
            onClick={() => navigate('work', 'replies')}
          >
            {t('notUnderstood.tab')} <span className="count">{notUnderstood.length}</span>
          </button>
        )}
      </div>
      {view === 'item' && <ItemPage itemId={path[1]!} />}
      {view === 'replies' && <NotUnderstoodList replies={notUnderstood} />}
      {view === 'inbox' && (
        <InboxList
          entries={inbox}
          onRead={(id) =>
            void client
              .call('inbox.markRead', { ids: [id] })
              .then(inboxChanged)
              .then(reload)
          }
          onReadAll={() => void client.call('inbox.markRead').then(inboxChanged).then(reload)}
        />
      )}
      {view === 'tasks' &&
        (tasks.length === 0 ? (
          <div className="empty">{t('work.noMyTasks')}</div>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th>{t('work.task')}</th>
                  <th>{t('work.item')}</th>
                  <th>{t('work.dueCol')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {tasks.map((task) => (
                  <tr key={`${task.itemId}:${task.taskNodeId}`} className={task.overdue ? 'row-overdue' : undefined}>
                    <td>
                      <strong>{task.title}</strong>
                    </td>
                    <td>
                      <a href={`#/work/item/${task.itemId}`}>
                        {task.number} · {task.subject}
                      </a>
                    </td>
                    <td className={task.overdue ? 'wf-missing' : undefined}>{task.dueAt ? when(task.dueAt) : '—'}</td>
                    <td className="task-actions">
                      {task.actions
                        .filter((a) => a.mode === 'manual')
                        .map((a) => (
                          <ActButton key={a.id} task={task} action={a} onDone={() => void reload()} />
                        ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      {view === 'items' && (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>{t('work.item')}</th>
                <th>{t('work.status')}</th>
                <th>{t('work.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td>
                    <a href={`#/work/item/${item.id}`}>
                      {item.number} · {item.subject}
                    </a>
                  </td>
                  <td>
                    {t(`work.statuses.${item.status}`)}
                    {item.itemStatus && <span className="muted"> · {itemStatusText(t, item.itemStatus)}</span>}
                  </td>
                  <td>{when(item.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {creating && <NewItemDialog onClose={() => setCreating(false)} />}
    </section>
  );
}
