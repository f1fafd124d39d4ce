import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { headerLines, parseHeaderLines } from '../../../ui/header-lines';
import { TitleField } from './AutomationProps';
import { Count, Field, Section, Select } from './controls';
import type { PropsOf } from './types';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** The webhook step: method, address, headers, JSON body template, timeout and retries. */
export function WebhookProps({ node, update }: PropsOf<'webhook'>) {
  const { t } = useTranslation();
  // The headers are edited as text and kept as typed; the node gets them parsed. When the node's
  // headers change otherwise (undo, another step selected) the text follows them.
  const [typed, setHeaders] = useState(() => headerLines(node.headers ?? {}));
  const headers =
    JSON.stringify(parseHeaderLines(typed)) === JSON.stringify(node.headers ?? {})
      ? typed
      : headerLines(node.headers ?? {});
  return (
    <Section title={t('design.kinds.webhook')}>
      <TitleField value={node.title ?? ''} onChange={(title) => update({ title: title || undefined }, 'title')} />
      <Field label={t('design.webhook.method')}>
        {(id) => (
          <Select
            id={id}
            value={node.method}
            options={METHODS.map((m) => ({ value: m, label: m }))}
            onChange={(method) => update({ method: method as typeof node.method }, 'method')}
          />
        )}
      </Field>
      <Field label={t('design.webhook.url')}>
        {(id) => (
          <input
            id={id}
            type="url"
            placeholder="https://…"
            value={node.url}
            onChange={(e) => update({ url: e.target.value }, 'url')}
          />
        )}
      </Field>
      <Field label={t('webhooks.step.headers')} hint={t('webhooks.step.headersHint')}>
        {(id) => (
          <textarea
            id={id}
            rows={2}
            spellCheck={false}
            placeholder="Authorization: Bearer …"
            value={headers}
            onChange={(e) => {
              setHeaders(e.target.value);
              update({ headers: parseHeaderLines(e.target.value) }, 'headers');
            }}
          />
        )}
      </Field>
      {node.method !== 'GET' && node.method !== 'DELETE' && (
        <Field
          label={t('webhooks.step.body')}
          hint={t('webhooks.step.bodyHint', { example: '{{Item.Subject}}', interpolation: { escapeValue: false } })}
        >
          {(id) => (
            <textarea
              id={id}
              rows={6}
              spellCheck={false}
              placeholder={'{"subject": "{{Item.Subject}}"}'}
              value={node.bodyTemplate ?? ''}
              onChange={(e) => update({ bodyTemplate: e.target.value || undefined }, 'bodyTemplate')}
            />
          )}
        </Field>
      )}
      <Field label={t('webhooks.step.timeout')}>
        {(id) => (
          <Count
            id={id}
            min={1}
            value={node.timeoutSeconds ?? 10}
            onChange={(timeoutSeconds) => update({ timeoutSeconds }, 'timeoutSeconds')}
          />
        )}
      </Field>
      <Field label={t('webhooks.step.retries')} hint={t('webhooks.step.retriesHint')}>
        {(id) => (
          <Count id={id} min={0} value={node.retries ?? 3} onChange={(retries) => update({ retries }, 'retries')} />
        )}
      </Field>
    </Section>
  );
}
