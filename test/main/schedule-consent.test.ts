import { describe, expect, it } from 'vitest';
import type { ScheduleEntry } from '@shared/api/schedule-contract';
import { planMailToContacts } from '../helpers/consent-schedule';
import { useOffice } from '../helpers/office';

const office = useOffice();
const DAY = 86_400_000;

describe('the schedule says why a planned mail will not go', () => {
  it('no consent for a contact with an address who said no; the address for one who said yes', async () => {
    const o = await office();
    const workflowId = await planMailToContacts(o.app.dispatch, o.clock.now());

    const until = new Date(o.clock.now().getTime() + 30 * DAY).toISOString();
    const entries = (await o.app.dispatch('schedule.list', { until })) as ScheduleEntry[];
    const ours = entries.filter((e) => e.workflowId === workflowId);
    expect(ours.map((e) => [e.recordTitle, e.messages[0]?.to])).toEqual([
      ['Warmtepomp bespreken', [{ name: 'Joris van Wijk', skip: 'noConsent' }]],
      ['Zorgcontract verlengen', [{ name: 'Marieke Brouwer', email: 'marieke@brouwer-zorg.example' }]],
    ]);
  });
});
