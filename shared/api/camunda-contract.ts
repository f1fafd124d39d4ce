import { z } from 'zod';
import { validationMessages } from '../model/messages';
import { CamundaSettings, CamundaSettingsView, CamundaWorkerStatus } from '../model/camunda-settings';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const none = z.object({}).strict();

/** Worker mode for a Camunda 8 cluster (issue 15 part 3): its settings, for administrators. */
export const camundaContract = {
  'camunda.settings': method(none, CamundaSettingsView),
  /** Save (or, with null, turn off) worker mode; without a client secret the kept one stays for the same client id. */
  'camunda.saveSettings': method(
    z
      .object({ camunda: CamundaSettings.nullable() })
      .strict()
      .refine((input) => !input.camunda?.clientId || input.camunda.tokenUrl, {
        message: validationMessages.required,
        path: ['camunda', 'tokenUrl'],
      }),
    CamundaSettingsView,
  ),
  /** How worker mode is doing: off, polling, or failing with the last error. */
  'camunda.status': method(none, CamundaWorkerStatus),
  /** Ask the cluster for jobs now (it is asked every few seconds while worker mode is on). */
  'camunda.pollNow': method(none, z.object({ handled: z.number().int() })),
};
