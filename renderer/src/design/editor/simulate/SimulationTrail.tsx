import { useTranslation } from 'react-i18next';
import type { SimulatedMessage, SimulationResult, SimulationStep } from '@shared/api/simulate-contract';
import { DEFAULT_BRANCH } from '@shared/workflow/graph';
import { useLookups } from '../context';

interface Props {
  result: SimulationResult;
  nodeTitle(id: string): string;
  formatTime(iso: string): string;
}

/** The step-by-step trail: each event, then what the engine did with it. */
export function SimulationTrail({ result, nodeTitle, formatTime }: Props) {
  const { t } = useTranslation();
  const { directory } = useLookups();
  const userName = (id?: string) => directory.users.find((u) => u.id === id)?.name ?? id ?? '';
  const eventText = (step: SimulationStep): string => {
    const e = step.event;
    switch (e.type) {
      case 'submit':
        return t('simulate.events.submit', { subject: result.item.subject });
      case 'act':
        return e.reaction
          ? t('simulate.events.actReaction', {
              user: userName(e.userId),
              action: nodeTitle(e.actionNodeId),
              reaction: e.reaction.text,
            })
          : t('simulate.events.act', { user: userName(e.userId), action: nodeTitle(e.actionNodeId) });
      case 'updateFields':
        return t('simulate.events.updateFields', {
          fields: Object.entries(e.fields)
            .map(([k, v]) => `${k} = ${String(v)}`)
            .join(', '),
        });
      case 'timer':
        return t('simulate.events.timer', { node: nodeTitle(e.nodeId) });
    }
  };
  const detailOf = (h: SimulationStep['history'][number]) =>
    h.kind === 'waiting' && h.detail
      ? formatTime(h.detail)
      : h.kind === 'branch' && h.detail === DEFAULT_BRANCH
        ? t('design.condition.default')
        : (h.detail ?? '');
  return (
    <ol className="sim-trail">
      {result.steps.map((step, i) => (
        <li key={i} className={step.error ? 'sim-step sim-step-error' : 'sim-step'}>
          <div className="sim-event">
            <span className="sim-step-no">{i + 1}</span> {eventText(step)}{' '}
            <span className="muted">· {formatTime(step.at)}</span>
          </div>
          <ul>
            {step.error && <li className="sim-error">{step.error}</li>}
            {step.history
              .filter((h) => h.kind !== 'submitted')
              .map((h, j) => (
                <li key={`h${j}`} className={h.kind === 'error' ? 'sim-error' : undefined}>
                  {t(`simulate.history.${h.kind as 'entered'}`, {
                    node: h.nodeId ? nodeTitle(h.nodeId) : '',
                    detail: detailOf(h),
                  })}
                </li>
              ))}
            {step.messages.map((m, j) => (
              <li key={`m${j}`}>
                ✉ {m.templateName ?? t('simulate.noTemplate')} →{' '}
                {m.mails.map((mail) => mail.to.name).join(', ') || t('simulate.noRecipients')}
              </li>
            ))}
            {step.effects.map((e, j) => (
              <li key={`e${j}`} className="sim-effect">
                {e.type === 'scheduleTimer'
                  ? t('simulate.effects.scheduleTimer', {
                      node: nodeTitle(e.nodeId ?? ''),
                      time: formatTime(e.at ?? step.at),
                    })
                  : e.type === 'callWebhook'
                    ? t('simulate.effects.callWebhook', { method: e.method, url: e.url })
                    : e.type === 'createTask'
                      ? t('simulate.effects.createTask', { title: e.title })
                      : t('simulate.effects.itemCompleted')}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

/** One message the simulation would queue: template, moment, and per recipient subject, address and how it was found. */
function MessageCard({ message, step }: { message: SimulatedMessage; step: number }) {
  const { t } = useTranslation();
  return (
    <li className="sim-message">
      <div className="sim-message-head">
        <strong>{message.templateName ?? t('simulate.noTemplate')}</strong>
        <span className="muted">
          {t('simulate.stepNo', { n: step })} · {t(`simulate.moments.${message.moment}`)}
          {message.channel ? ` · ${t(`simulate.channels.${message.channel}`)}` : ''}
        </span>
      </div>
      {message.problem && <p className="sim-error">{t('simulate.problem', { problem: message.problem })}</p>}
      {!message.problem && message.mails.length === 0 && <p className="sim-error">{t('simulate.noRecipients')}</p>}
      <ul>
        {message.mails.map((mail, i) => (
          <li key={i} className={mail.skipReason ? 'recipient-skip' : undefined}>
            <div className="sim-subject">{mail.subject}</div>
            <div>
              {mail.to.name}{' '}
              {mail.to.email ? (
                <code>{mail.to.email}</code>
              ) : (
                <span className="wf-missing">
                  {t(`templates.skip.${(mail.skipReason ?? 'noAddress') as 'noAddress'}`)}
                </span>
              )}
              {mail.skipReason === 'noConsent' && <span className="wf-missing"> {t('templates.skip.noConsent')}</span>}
            </div>
            <div className="chain">
              {mail.to.kind === 'contact'
                ? t('simulate.contactAddress')
                : mail.to.chain
                    .map((s) => `${t(`directory.resolution.${s.source as 'user'}`)}${s.address ? ' ✓' : ' ✗'}`)
                    .join(' → ')}
            </div>
          </li>
        ))}
      </ul>
    </li>
  );
}

/** Every message the simulation would have queued so far, newest last. */
export function SimulationMessages({ result }: { result: SimulationResult }) {
  const { t } = useTranslation();
  const all = result.steps.flatMap((s, i) => s.messages.map((m) => ({ m, step: i + 1 })));
  if (all.length === 0) return <p className="prop-hint">{t('simulate.noMessages')}</p>;
  return (
    <ul className="sim-messages" aria-label={t('simulate.messages')}>
      {all.map(({ m, step }, i) => (
        <MessageCard key={i} message={m} step={step} />
      ))}
    </ul>
  );
}
