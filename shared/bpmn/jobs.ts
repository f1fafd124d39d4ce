/** The job types an export's service and send tasks name; a Stroomlijn worker serves them (issue 15 part 3). */
export const JobTypes = {
  sendMessage: 'stroomlijn.send-message',
  callWebhook: 'stroomlijn.call-webhook',
  createCrmTask: 'stroomlijn.create-crm-task',
  setRecordField: 'stroomlijn.set-record-field',
  /** An escalation hands the task to other users (headers: task, users); the worker reassigns the user task. */
  reassignTask: 'stroomlijn.reassign-task',
  /** The completing task listener that refuses a completion without a reaction (8.8+). */
  checkReaction: 'stroomlijn.check-reaction',
} as const;

/** The message a record change publishes; a record-triggered workflow starts on it. */
export const recordMessageName = (entity: string, event: string): string => `stroomlijn.record.${entity}.${event}`;

/** The form a user task shows: Stroomlijn's own task form for the workflow's step. */
export const taskFormReference = (workflowId: string, nodeId: string): string =>
  `stroomlijn:task/${workflowId}/${nodeId}`;

/** The user-task property that carries a task's escalation settings, for the import (issue 16). */
export const ESCALATION_PROPERTY = 'stroomlijn.escalation';
