/** What became of a reply to a task mail (issue 14). */
export const ReplyOutcomes = [
  'acted',
  'notOurs',
  'wrongSender',
  'unknownKeyword',
  'movedOn',
  'notYours',
  'reactionRequired',
  'needsApp',
  'automatic',
] as const;
export type ReplyOutcome = (typeof ReplyOutcomes)[number];

/** What the sender is told about by an answer mail, and the task manager sees as "not understood". */
export type NotUnderstood = Exclude<ReplyOutcome, 'acted' | 'automatic'>;
export const notUnderstood = (outcome: ReplyOutcome): outcome is NotUnderstood =>
  outcome !== 'acted' && outcome !== 'automatic';

/** One reply read from the replies mailbox. */
export interface ReplyRecord {
  /** The reply's own Message-ID (a reply without one gets one made from its content). */
  messageId: string;
  at: string;
  from: string;
  subject: string;
  outcome: ReplyOutcome;
  /** The first lines of the reply's own words. */
  excerpt: string;
  itemId?: string;
  itemNumber?: string;
  workflowId?: string;
  taskNodeId?: string;
  /** The action it took (acted) or named. */
  actionLabel?: string;
}
