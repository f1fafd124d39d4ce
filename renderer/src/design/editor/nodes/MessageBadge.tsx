import type { MessageSetting } from '@shared/model/message-setting';
import type { Channel } from '@shared/model/template';
import { Icon } from '../../../ui/icons';
import { useLookups } from '../context';
import { useNodeText } from './node-text';

/** The message icon with its channel, shown on nodes that send one. */
export function MessageBadge({ message, channel }: { message?: MessageSetting; channel?: Channel }) {
  const t = useNodeText();
  const { templates } = useLookups();
  if (message && !message.enabled) return null;
  if (!message && !channel) return null;
  const template = templates.find((tpl) => tpl.id === message?.templateId);
  const effective = message?.channel ?? channel ?? template?.channel ?? 'email';
  return (
    <div
      className={`wf-badge${message && !template ? ' wf-badge-warn' : ''}`}
      title={template?.name ?? t('design.message.noTemplate')}
    >
      <Icon name={effective === 'inbox' ? 'messages' : 'templates'} size={12} />
      <span>{t(`design.channels.${effective}`)}</span>
      {template && <span className="wf-badge-name">{template.name}</span>}
    </div>
  );
}
