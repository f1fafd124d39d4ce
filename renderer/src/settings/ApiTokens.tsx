import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '@shared/api';
import type { ApiTokenInfo } from '@shared/api/token-contract';
import type { Scope } from '@shared/api/caller';
import { DEFAULT_RIGHTS, NewTokenRights, type Rights } from './NewTokenRights';
import { isWideScope, scopeKey } from './scope-key';
import { useApp } from '../state/context';
import { Dialog } from '../ui/Dialog';
import { ErrorBox } from '../ui/ErrorText';
import { Icon } from '../ui/icons';
import './api-tokens.css';
import { formatDateTime } from '../ui/format';
import { useApiCall } from '../ui/use-api-call';

type Listed = ApiOutput<'apiTokens.list'>;

/** Settings → API: the tokens other applications use for the API v1; a new token is shown once. */
export function ApiTokens() {
  const { t, i18n } = useTranslation();
  const client = useApp((s) => s.client);
  const [listed, setListed] = useState<Listed | null>(null);
  const [name, setName] = useState('');
  const [rights, setRights] = useState<Rights>(DEFAULT_RIGHTS);
  const users = useApp((s) => s.directory.users);
  const userName = (id: string) => users.find((u) => u.id === id)?.name ?? id;
  const [created, setCreated] = useState<{ token: string; name: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [revoking, setRevoking] = useState<ApiTokenInfo | null>(null);
  const { error, setError, run } = useApiCall();

  const load = useCallback(() => client.call('apiTokens.list').then(setListed, setError), [client, setError]);
  useEffect(() => void load(), [load]);

  const create = () =>
    run(async () => {
      const input =
        rights.kind === 'owner' ? { name, ownerUserId: rights.ownerUserId } : { name, scopes: rights.scopes };
      const made = await client.call('apiTokens.create', input);
      setCreated({ token: made.token, name: made.info.name });
      setCopied(false);
      setName('');
      await load();
    });
  const revoke = (token: ApiTokenInfo) =>
    run(async () => {
      // The confirmation closes whether or not the token could be revoked.
      await client.call('apiTokens.revoke', { id: token.id }).finally(() => setRevoking(null));
      await load();
    });
  const copy = async (token: string) => {
    try {
      await navigator.clipboard.writeText(token);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  const dismissMigrated = () => void client.call('apiTokens.dismissMigrated').then(load, setError);
  const migratedNames = (listed?.migrated ?? []).map((id) => listed?.tokens.find((tk) => tk.id === id)?.name ?? id);
  const rightsOf = (token: ApiTokenInfo) =>
    token.ownerUserId
      ? t('apiTokens.actsAs', { name: userName(token.ownerUserId) })
      : token.scopes.map((s: Scope) => t(`apiTokens.scopes.${scopeKey(s)}`)).join(', ');
  const wide = (token: ApiTokenInfo) => !token.ownerUserId && token.scopes.some(isWideScope);
  const canCreate =
    name.trim() !== '' && (rights.kind === 'owner' ? rights.ownerUserId !== '' : rights.scopes.length > 0);
  const date = (iso?: string) => (iso ? formatDateTime(iso, i18n.language) : t('apiTokens.never'));

  if (!listed) return error !== null ? <ErrorBox error={error} /> : null;
  return (
    <fieldset className="card api-card">
      <legend>{t('apiTokens.title')}</legend>
      <p className="muted">{t('apiTokens.intro')}</p>
      {listed.baseUrl ? (
        <dl className="facts">
          <dt>{t('apiTokens.baseUrl')}</dt>
          <dd>
            <code data-testid="api-base-url">{listed.baseUrl}</code>
          </dd>
          <dt>{t('apiTokens.docs')}</dt>
          <dd>
            <code>{`${listed.baseUrl}/openapi.json`}</code>
          </dd>
          <dt>{t('apiDocs.label')}</dt>
          <dd>
            <a href={`${listed.baseUrl}/docs`} target="_blank" rel="noreferrer" data-testid="api-docs-link">
              {t('apiDocs.link')}
            </a>
          </dd>
        </dl>
      ) : (
        <p className="notice-inline">{t('apiTokens.notRunning')}</p>
      )}
      {migratedNames.length > 0 && (
        <div className="notice-inline api-migrated" role="status">
          <p>
            {t('apiTokens.migrated', {
              count: migratedNames.length,
              names: migratedNames.map((n) => `“${n}”`).join(', '),
            })}
          </p>
          <button type="button" onClick={dismissMigrated}>
            {t('apiTokens.migratedRead')}
          </button>
        </div>
      )}
      {created && (
        <div className="ok-box api-new-token" role="status">
          <p>{t('apiTokens.createdOnce', { name: created.name })}</p>
          <div className="api-token-row">
            <code data-testid="api-new-token">{created.token}</code>
            <button type="button" onClick={() => void copy(created.token)}>
              <Icon name={copied ? 'check' : 'copy'} size={14} /> {copied ? t('apiTokens.copied') : t('apiTokens.copy')}
            </button>
          </div>
          <button type="button" className="link-button" onClick={() => setCreated(null)}>
            {t('apiTokens.done')}
          </button>
        </div>
      )}
      {listed.tokens.length ? (
        <table className="table compact api-tokens">
          <thead>
            <tr>
              <th>{t('apiTokens.name')}</th>
              <th>{t('apiTokens.rights')}</th>
              <th>{t('apiTokens.prefix')}</th>
              <th>{t('apiTokens.created')}</th>
              <th>{t('apiTokens.lastUsed')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {listed.tokens.map((token) => (
              <tr key={token.id}>
                <td>{token.name}</td>
                <td className={wide(token) ? 'api-rights-wide' : undefined}>{rightsOf(token)}</td>
                <td>
                  <code>{token.prefix}…</code>
                </td>
                <td>{date(token.createdAt)}</td>
                <td>{date(token.lastUsedAt)}</td>
                <td>
                  <button
                    type="button"
                    className="icon-button danger"
                    aria-label={t('apiTokens.revokeNamed', { name: token.name })}
                    title={t('apiTokens.revoke')}
                    onClick={() => setRevoking(token)}
                  >
                    <Icon name="trash" size={14} />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('apiTokens.none')}</p>
      )}
      <form
        className="api-create"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <label htmlFor="api-token-name">{t('apiTokens.newName')}</label>
        <input
          id="api-token-name"
          type="text"
          value={name}
          placeholder={t('apiTokens.namePlaceholder')}
          onChange={(e) => setName(e.target.value)}
        />
        <NewTokenRights rights={rights} onChange={setRights} users={users} />
        <button type="submit" className="primary" disabled={!canCreate}>
          <Icon name="plus" size={14} /> {t('apiTokens.create')}
        </button>
      </form>
      {error !== null && <ErrorBox error={error} />}
      {revoking && (
        <Dialog
          title={t('apiTokens.revokeTitle', { name: revoking.name })}
          onClose={() => setRevoking(null)}
          footer={
            <>
              <button type="button" onClick={() => setRevoking(null)}>
                {t('common.cancel')}
              </button>
              <button type="button" className="primary danger" onClick={() => void revoke(revoking)}>
                {t('apiTokens.revoke')}
              </button>
            </>
          }
        >
          <p>{t('apiTokens.revokeBody')}</p>
        </Dialog>
      )}
    </fieldset>
  );
}
