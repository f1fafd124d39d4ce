import type { ParsedMail } from 'mailparser';
import type { ItemRecord } from '@shared/model';
import { vatReturn } from './items';
import { oneTaskGraph, publish } from './one-task-workflow';
import type { TestSmtp } from './smtp';
import type { openTestApp } from './app';

type App = Awaited<ReturnType<typeof openTestApp>>;

/**
 * The approval type routed to a workflow whose one task (Goedkeuren | Afkeuren, Anna its task
 * manager) mails Bram (bram@stroomlijn.example) a template with `{{actions}}` when it is entered.
 */
export async function taskMailWorkflow(app: App, reactionRequired = false): Promise<void> {
  await app.store.update((d) => {
    d.templates.push({
      id: 'tpl-taak',
      name: 'Taak met knoppen',
      channel: 'email',
      attachments: [],
      texts: {
        nl: {
          subject: 'Taak: {{Item.Subject}}',
          html: '<p>Beste {{Recipient.Name}}, graag beoordelen.</p>{{actions}}',
        },
      },
    } as never);
    const bram = d.directory.users.find((u) => u.id === 'user-bram')!;
    bram.email = 'bram@stroomlijn.example';
  });
  const wf = (await app.dispatch('workflows.create', {
    name: 'Beoordelen per mail',
    itemTypeId: 'type-accordering',
  })) as { id: string };
  const graph = oneTaskGraph('Beoordelen', [{ type: 'users', userIds: ['user-bram'], showInTaskList: true }]);
  const task = graph.nodes.find((n) => n.id === 't') as Record<string, unknown>;
  task.reactionRequired = reactionRequired;
  task.message = { enabled: true, templateId: 'tpl-taak', addressee: { type: 'taskUsers' } };
  await app.dispatch('workflows.saveDraft', { id: wf.id, graph });
  await app.store.update((d) => void (d.workflows.find((w) => w.id === wf.id)!.taskManagerUserId = 'user-anna'));
  await publish(app.dispatch, wf.id, true);
}

/** Submit an approval message (as Eva) and the task mail Bram got for it. */
export async function submitAndMail(
  app: App,
  smtp: TestSmtp,
  subject: string,
): Promise<{ item: ItemRecord; mail: ParsedMail }> {
  const item = (await app.as('user-eva').dispatch('items.submit', vatReturn(subject))) as ItemRecord;
  await app.runtime.idle();
  await app.outbox.drain();
  const mail = smtp.received.find((m) => m.subject === `Taak: ${subject}`);
  if (!mail) throw new Error(`no task mail for ${subject}: ${smtp.received.map((m) => m.subject).join(', ')}`);
  return { item, mail };
}
