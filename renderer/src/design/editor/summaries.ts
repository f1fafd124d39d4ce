import type { TFunction } from 'i18next';
import type { Condition, Group, Rule } from '@shared/model/condition';
import type { Addressee } from '@shared/model/message-setting';
import type { Destination } from '@shared/model/workflow-nodes';
import { unaryOperators } from '@shared/model/condition';
import type { EditorLookups } from './context';
import { fieldLabel } from './field-label';

const userName = (l: EditorLookups, id: string) => l.directory.users.find((u) => u.id === id)?.name ?? id;
const roleName = (l: EditorLookups, id: string) => l.directory.roles.find((r) => r.id === id)?.name ?? id;

/** "Role Beoordelaars", "Submitter", "Anna, Bram"… for a destination or an addressee. */
export function whoLabel(who: Destination | Addressee, l: EditorLookups, t: TFunction): string {
  switch (who.type) {
    case 'users':
      return who.userIds.length ? who.userIds.map((id) => userName(l, id)).join(', ') : t('design.who.noUsers');
    case 'role':
      return t('design.who.roleNamed', { role: roleName(l, who.roleId) });
    case 'userField':
      return t('design.who.userFieldNamed', { field: fieldLabel(who.field, l, t) });
    case 'contactField':
      return t('design.who.contactFieldNamed', { field: fieldLabel(who.field, l, t) });
    default:
      return t(`design.who.${who.type}`);
  }
}

const isGroup = (r: Rule | Group): r is Group => 'join' in r;

function ruleText(rule: Rule, t: TFunction, l?: EditorLookups): string {
  const op = t(`design.operators.${rule.operator}`);
  const field = l ? fieldLabel(rule.field, l, t) : rule.field;
  return unaryOperators.includes(rule.operator) ? `${field} ${op}` : `${field} ${op} ${String(rule.value ?? '')}`;
}

function groupText(group: Group, t: TFunction, nested: boolean, l?: EditorLookups): string {
  const parts = group.rules.map((r) => (isGroup(r) ? groupText(r, t, true, l) : ruleText(r, t, l)));
  if (parts.length === 0) return t('design.condition.empty');
  const text = parts.join(` ${t(`design.condition.${group.join}`)} `);
  return nested && parts.length > 1 ? `(${text})` : text;
}

/** A condition in one line: "Always", or "status equals Afgehandeld and amount greater 10". */
export const conditionSummary = (condition: Condition | undefined, t: TFunction, l?: EditorLookups): string =>
  !condition || 'always' in condition ? t('design.condition.always') : groupText(condition, t, false, l);
