/** Settings → Camunda 8: worker mode (issue 15 part 3). */
export const camundaEn = {
  title: 'Camunda 8 (worker mode)',
  intro:
    'Workflows exported as BPMN can run on a Camunda 8 cluster. Stroomlijn then does their steps for the cluster: it sends the messages, calls the webhooks, makes the CRM tasks and sets the record fields, as it does for its own workflows.',
  use: 'Serve a Camunda 8 cluster',
  restAddress: 'Cluster address (REST)',
  tokenUrl: 'Token address (OAuth)',
  audience: 'Audience',
  clientId: 'Client ID',
  clientSecret: 'Client secret',
  secretKept: 'kept (type to change)',
  credentialsHint: 'For a cluster without sign-in (a local one) leave the client ID empty.',
  jobTypes: 'Steps Stroomlijn does',
  jobType: {
    sendMessage: 'Send messages',
    callWebhook: 'Call webhooks',
    createCrmTask: 'Make CRM tasks',
    setRecordField: 'Set record fields',
    reassignTask: 'Reassign tasks (escalation)',
  },
  state: {
    off: 'Worker mode is off.',
    running: 'Asking the cluster for work.',
    failing: 'The cluster cannot be reached.',
  },
  lastPoll: 'Last asked: {{at}}',
  handled_one: '{{count}} step done since the app started.',
  handled_other: '{{count}} steps done since the app started.',
  lastError: 'Last error: {{error}}',
  pollNow: 'Ask now',
  polled_one: '{{count}} step done.',
  polled_other: '{{count}} steps done.',
  save: 'Save',
  saved: 'Saved.',
};

export type CamundaMessages = typeof camundaEn;
