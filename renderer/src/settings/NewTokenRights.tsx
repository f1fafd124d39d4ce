import { useTranslation } from 'react-i18next';
import { type Scope, Scopes } from '@shared/api/caller';
import type { User } from '@shared/model/directory';
import { isWideScope, scopeKey } from './scope-key';

/** What a new token may do: act as one user, or be an application with named rights. */
export type Rights = { kind: 'owner'; ownerUserId: string } | { kind: 'integration'; scopes: Scope[] };

/** What a new application token starts with: submitting and reading items. */
export const DEFAULT_RIGHTS: Rights = { kind: 'integration', scopes: ['items:submit', 'items:read'] };

interface NewTokenRightsProps {
  rights: Rights;
  onChange(rights: Rights): void;
  users: readonly User[];
}

/** The choice in Settings → API; "act on behalf of any user" is a right of its own, with a warning. */
export function NewTokenRights({ rights, onChange, users }: NewTokenRightsProps) {
  const { t } = useTranslation();
  const toggle = (scope: Scope, on: boolean) => {
    if (rights.kind !== 'integration') return;
    const scopes = on ? [...rights.scopes, scope] : rights.scopes.filter((s) => s !== scope);
    onChange({ kind: 'integration', scopes });
  };
  return (
    <fieldset className="api-rights">
      <legend>{t('apiTokens.kind')}</legend>
      <label className="api-rights-kind">
        <input
          type="radio"
          name="api-token-kind"
          checked={rights.kind === 'integration'}
          onChange={() => onChange(DEFAULT_RIGHTS)}
        />
        {t('apiTokens.kindIntegration')}
      </label>
      {rights.kind === 'integration' && (
        <div className="api-scopes">
          {Scopes.map((scope) => (
            <label key={scope} className={isWideScope(scope) ? 'api-scope-wide' : undefined}>
              <input
                type="checkbox"
                checked={rights.scopes.includes(scope)}
                onChange={(e) => toggle(scope, e.target.checked)}
              />
              {t(`apiTokens.scopes.${scopeKey(scope)}`)}
            </label>
          ))}
          {rights.scopes.includes('act-as') && <p className="notice-inline">{t('apiTokens.actAsHint')}</p>}
        </div>
      )}
      <label className="api-rights-kind">
        <input
          type="radio"
          name="api-token-kind"
          checked={rights.kind === 'owner'}
          onChange={() => onChange({ kind: 'owner', ownerUserId: '' })}
        />
        {t('apiTokens.kindOwner')}
      </label>
      {rights.kind === 'owner' && (
        <select
          aria-label={t('apiTokens.owner')}
          value={rights.ownerUserId}
          onChange={(e) => onChange({ kind: 'owner', ownerUserId: e.target.value })}
        >
          <option value="">{t('apiTokens.chooseOwner')}</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      )}
    </fieldset>
  );
}
