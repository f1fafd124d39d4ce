import type { AsDispatch as Dispatch } from './app';
import { publishRecordWorkflow } from './record-workflow';

const DAY = 86_400_000;

/**
 * Two contacts of the office with an address, Joris (no consent to e-mail) and Marieke (consent),
 * each the contact of a new call task; a workflow mails a task's contact three days after it is
 * made. `now`: the app's clock. Returns the workflow's id.
 */
export async function planMailToContacts(dispatch: Dispatch, now: Date): Promise<string> {
  const contact = async (name: string, email: string, consentEmail: boolean) => {
    const entry = { name, email, consentEmail };
    return ((await dispatch('directory.save', { kind: 'contacts', entry })) as { id: string }).id;
  };
  const joris = await contact('Joris van Wijk', 'joris@vanwijk-installatie.example', false);
  const marieke = await contact('Marieke Brouwer', 'marieke@brouwer-zorg.example', true);
  const to = [{ type: 'contactField', field: 'contact' }];
  const step = { kind: 'notify', channel: 'email', to, templateId: 'tpl-offerte-aangevraagd' };
  const trigger = { entity: 'task', event: 'created', delay: { amount: 3, unit: 'days' } };
  const workflowId = await publishRecordWorkflow(dispatch, 'Nabellen na drie dagen', trigger, step);
  const dueDate = new Date(now.getTime() + 5 * DAY).toISOString();
  for (const [title, id] of [
    ['Warmtepomp bespreken', joris],
    ['Zorgcontract verlengen', marieke],
  ] as const) {
    const fields = { type: 'Bellen', status: 'Open', responsible: 'user-bram', contact: id, dueDate };
    await dispatch('records.create', { entity: 'task', title, fields });
  }
  return workflowId;
}
