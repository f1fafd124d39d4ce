import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublishResult } from '@shared/api/workflow-contract';
import type { Workflow } from '@shared/model/workflow';
import { useApp } from '../../state/context';
import { Dialog } from '../../ui/Dialog';

/** The administrator's answer: publish (and whether to take over the type's new items), or not at all. */
export type RouteAnswer =
  { publish: false } | { publish: true; replaceRoute?: boolean; type?: string; current?: string };

interface Question {
  type: string;
  current: string;
  resolve(answer: RouteAnswer): void;
}

/**
 * Before publishing a workflow whose item type sends new items to ANOTHER published workflow: ask
 * whether this one replaces it. The server decides with the answer; `said` puts its reply in words.
 */
export function usePublishRoute(workflow: Workflow) {
  const { t } = useTranslation();
  const client = useApp((s) => s.client);
  const [question, setQuestion] = useState<Question | null>(null);

  const ask = useCallback(async (): Promise<RouteAnswer> => {
    const [types, workflows] = await Promise.all([client.call('itemTypes.list'), client.call('workflows.list')]);
    const type = types.find((x) => x.id === workflow.itemTypeId);
    const current = workflows.find((w) => w.id === type?.workflowId && w.id !== workflow.id && w.versions.length > 0);
    if (!type || !current) return { publish: true };
    return new Promise<RouteAnswer>((resolve) => setQuestion({ type: type.name, current: current.name, resolve }));
  }, [client, workflow.id, workflow.itemTypeId]);

  const answer = (value: RouteAnswer) => {
    question?.resolve(value.publish ? { ...value, type: question.type, current: question.current } : value);
    setQuestion(null);
  };
  const said = (result: PublishResult, names: { type?: string; current?: string }): string | null =>
    result.route === 'entered'
      ? t('itemTypes.route.entersDefault')
      : result.route === 'replaced'
        ? t('itemTypes.route.routed', { type: names.type })
        : result.route === 'kept' || result.route === 'unanswered'
          ? t('itemTypes.route.kept', { type: names.type, current: names.current })
          : null;

  const dialog = question && (
    <Dialog
      title={t('itemTypes.route.askTitle', { current: question.current })}
      onClose={() => answer({ publish: false })}
      footer={
        <>
          <button type="button" onClick={() => answer({ publish: true, replaceRoute: false })}>
            {t('itemTypes.route.keep', { current: question.current })}
          </button>
          <button type="button" className="primary" onClick={() => answer({ publish: true, replaceRoute: true })}>
            {t('itemTypes.route.replace')}
          </button>
        </>
      }
    >
      <p>{t('itemTypes.route.askBody', { type: question.type, current: question.current, name: workflow.name })}</p>
    </Dialog>
  );
  return { ask, said, dialog };
}
