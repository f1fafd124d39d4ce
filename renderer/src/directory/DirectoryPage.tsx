import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { AccountInfo } from '@shared/api/auth-contract';
import { useTranslation } from 'react-i18next';
import { directoryFields, type FieldSpec } from '@shared/directory';
import { type DirectoryEntry, type DirectoryKind, DirectoryKinds, type User } from '@shared/model/directory';
import { AccountDialog } from './AccountDialog';
import { useApp } from '../state/context';
import { navigate } from '../state/route';
import { Icon } from '../ui/icons';
import { useToast } from '../ui/Toast';
import { cellText } from './cells';
import { DeleteDialog } from './DeleteDialog';
import { EntryForm } from './EntryForm';
import { EntryTable } from './EntryTable';
import { ImportDialog } from './ImportDialog';
import { MailingDialog } from './MailingDialog';

type Open =
  | { type: 'edit'; entry?: DirectoryEntry }
  | { type: 'delete'; entry: DirectoryEntry }
  | { type: 'import' }
  | { type: 'mailing' }
  | { type: 'account'; user: User }
  | null;

const mailable = ['contacts', 'organisations', 'persons'] as const;
type Mailable = (typeof mailable)[number];
const isMailable = (k: DirectoryKind): k is Mailable => (mailable as readonly string[]).includes(k);

export function DirectoryPage({ tab }: { tab?: string }) {
  const { t } = useTranslation();
  const kind: DirectoryKind = (DirectoryKinds as readonly string[]).includes(tab ?? '')
    ? (tab as DirectoryKind)
    : 'users';
  const directory = useApp((s) => s.directory);
  const client = useApp((s) => s.client);
  const [accounts, setAccounts] = useState<ReadonlyMap<string, AccountInfo>>(new Map());
  const loadAccounts = useCallback(
    () =>
      client.call('accounts.list').then(
        (list) => setAccounts(new Map(list.map((a) => [a.userId, a]))),
        () => undefined,
      ),
    [client],
  );
  useEffect(() => {
    if (kind === 'users') void loadAccounts();
  }, [kind, loadAccounts]);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query.trim().toLowerCase());
  const [open, setOpen] = useState<Open>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const select = (ids: string[], on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  const toast = useToast();

  const entries = directory[kind] as DirectoryEntry[];
  const selectedHere = entries.filter((e) => selected.has(e.id)).map((e) => e.id);
  const visible = useMemo(() => {
    if (!deferredQuery) return entries;
    const fields = directoryFields[kind] as FieldSpec[];
    return entries.filter((e) =>
      fields.some((f) => cellText(f, e, directory, '', '').toLowerCase().includes(deferredQuery)),
    );
  }, [entries, deferredQuery, kind, directory]);

  const close = () => setOpen(null);
  const done = (message: string) => {
    setOpen(null);
    toast.show(message);
  };

  return (
    <section className="page">
      <header className="page-head">
        <div>
          <h1>{t('directory.title')}</h1>
          <p className="muted">{t('directory.subtitle')}</p>
        </div>
        <div className="page-actions">
          {isMailable(kind) && (
            <button type="button" disabled={selectedHere.length === 0} onClick={() => setOpen({ type: 'mailing' })}>
              <Icon name="templates" size={16} /> {t('mailing.button', { count: selectedHere.length })}
            </button>
          )}
          <button type="button" onClick={() => setOpen({ type: 'import' })}>
            <Icon name="upload" size={16} /> {t('directory.import')}
          </button>
          <button type="button" className="primary" onClick={() => setOpen({ type: 'edit' })}>
            <Icon name="plus" size={16} /> {t('directory.new')}
          </button>
        </div>
      </header>
      <div className="tabs" role="tablist">
        {DirectoryKinds.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            aria-selected={k === kind}
            className={k === kind ? 'active' : undefined}
            onClick={() => navigate('directory', k)}
          >
            {t(`directory.kinds.${k}`)} <span className="count">{directory[k].length}</span>
          </button>
        ))}
      </div>
      <div className="toolbar">
        <label className="search">
          <Icon name="search" size={16} />
          <input
            type="search"
            placeholder={t('common.search')}
            aria-label={t('common.search')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        <span className="muted">{t('directory.count', { count: visible.length })}</span>
      </div>
      {visible.length === 0 ? (
        <div className="empty">{deferredQuery ? t('directory.noMatch', { query }) : t('directory.empty')}</div>
      ) : (
        <EntryTable
          kind={kind}
          entries={visible}
          directory={directory}
          onEdit={(entry) => setOpen({ type: 'edit', entry })}
          onDelete={(entry) => setOpen({ type: 'delete', entry })}
          {...(isMailable(kind) ? { selected, onSelect: select } : {})}
          {...(kind === 'users' ? { accounts, onAccount: (user: User) => setOpen({ type: 'account', user }) } : {})}
        />
      )}
      {open?.type === 'edit' && (
        <EntryForm
          kind={kind}
          entry={open.entry}
          onCancel={close}
          onSaved={(name) => done(t('directory.saved', { name }))}
        />
      )}
      {open?.type === 'delete' && (
        <DeleteDialog
          kind={kind}
          entry={open.entry}
          onCancel={close}
          onDone={(name) => done(t('directory.deleted', { name }))}
        />
      )}
      {open?.type === 'import' && <ImportDialog kind={kind} onClose={close} />}
      {open?.type === 'mailing' && isMailable(kind) && <MailingDialog kind={kind} ids={selectedHere} onClose={close} />}
      {open?.type === 'account' && (
        <AccountDialog
          user={open.user}
          account={accounts.get(open.user.id)}
          onClose={close}
          onDone={(message) => {
            done(message);
            void loadAccounts();
          }}
        />
      )}
      {toast.view}
    </section>
  );
}
