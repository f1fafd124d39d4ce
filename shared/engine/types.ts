import type { Addressee } from '../model/message-setting';
import type { Channel } from '../model/template';

/** A task an item is waiting in. */
export interface ActiveTask {
  nodeId: string;
  enteredAt: string;
  dueAt?: string;
  /** The holidays/closing days that moved dueAt (a deadline in working days), e.g. ['Hemelvaartsdag']. */
  dueMovedBy?: string[];
  overdue?: boolean;
  /** After the deadline: when the escalation's second step is due, and whether it happened (issue 16). */
  escalateAt?: string;
  escalated?: boolean;
  /** Set by the task manager: these users instead of the task's destinations. */
  assignees?: string[];
}

/** How an action was taken other than in the app: by a link in the task mail, or by replying to it (issue 14). */
export type ActedVia = { kind: 'link' } | { kind: 'reply'; from: string; messageId?: string };

export interface HistoryEntry {
  at: string;
  kind:
    | 'submitted'
    | 'entered'
    | 'acted'
    | 'automatic'
    | 'branch'
    | 'fieldsChanged'
    | 'waiting'
    | 'resumed'
    | 'overdue'
    | 'completed'
    | 'cancelled'
    | 'reassigned'
    | 'moved'
    | 'escalated'
    | 'error';
  nodeId?: string;
  userId?: string;
  detail?: string;
  /** An 'acted' entry of an action taken from the mail. */
  via?: ActedVia;
}

export interface Reaction {
  at: string;
  userId: string;
  text: string;
  external: boolean;
  taskNodeId: string;
}

/** Everything the engine knows about one item; the runtime stores it as it is. */
export interface ItemState {
  id: string;
  workflowId: string;
  /** The published version the item started on; it keeps it to the end. */
  version: number;
  itemTypeId?: string;
  submitterUserId?: string;
  status: 'running' | 'completed' | 'cancelled' | 'error';
  /** The business status set by effects ("approved", "rejected"…). */
  itemStatus?: string;
  fields: Record<string, unknown>;
  tasks: ActiveTask[];
  /** movedBy: the holidays/closing days that moved `until` (a wait in working days). */
  waits: { nodeId: string; until: string; movedBy?: string[] }[];
  reactions: Reaction[];
  history: HistoryEntry[];
  /** Counts handled events; effect keys are built from it so a replayed event repeats no effect. */
  seq: number;
  error?: string;
}

export type EngineEvent =
  | {
      type: 'submit';
      item: {
        id: string;
        workflowId: string;
        version: number;
        itemTypeId?: string;
        submitterUserId?: string;
        fields: Record<string, unknown>;
      };
    }
  | {
      type: 'act';
      actionNodeId: string;
      userId: string;
      reaction?: { text: string; external: boolean };
      /** Taken from the task mail (a link or a reply), not in the app. */
      via?: ActedVia;
      /** Fields changed on the task's form (checked before): set, then the action is taken. */
      fields?: Record<string, unknown>;
    }
  | { type: 'updateFields'; fields: Record<string, unknown>; userId?: string }
  | { type: 'timer'; nodeId: string }
  /** Task manager interventions (seed 002): recorded in the history with who did it. */
  | { type: 'reassign'; taskNodeId: string; userIds: string[]; userId: string }
  | { type: 'moveTo'; taskNodeId: string; userId: string }
  | { type: 'cancel'; userId: string; reason?: string };

/** What the runtime must do after a step; `key` makes doing it twice detectable. */
export type EngineEffect =
  | {
      type: 'queueMessage';
      key: string;
      nodeId: string;
      moment: 'start' | 'enter' | 'action' | 'notify';
      templateId?: string;
      addressees: Addressee[];
      channel?: Channel;
      taskNodeId?: string;
    }
  | { type: 'scheduleTimer'; key: string; nodeId: string; at: string }
  | {
      type: 'callWebhook';
      key: string;
      nodeId: string;
      method: string;
      url: string;
      bodyTemplate?: string;
      headers?: Record<string, string>;
      timeoutSeconds?: number;
      retries?: number;
    }
  | {
      type: 'createTask';
      key: string;
      nodeId: string;
      title: string;
      taskType?: string;
      assigneeUserId?: string;
      dueInDays?: number;
      dueUnit?: 'days' | 'workingDays';
    }
  | { type: 'itemCompleted'; key: string };

export interface StepResult {
  state: ItemState;
  effects: EngineEffect[];
}

/** An event the item cannot take in its state (an action of a task it is not in, a missing reaction). */
export class EngineError extends Error {
  constructor(
    readonly code: 'notActive' | 'reactionRequired' | 'notRunning' | 'unknownNode' | 'alreadySubmitted',
    message: string,
    /** The words of the message the renderer puts in its own (reactionRequired: the task's `name`). */
    readonly params: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'EngineError';
  }
}
