import { readFileSync } from 'node:fs';
import type { BpmnSource } from '@shared/bpmn/to-bpmn';
import { WorkflowGraph, type Workflow } from '@shared/model';

/** The sample workflows shipped in resources/ (their published version, else the draft). */
export const sampleSources = (): BpmnSource[] =>
  (JSON.parse(readFileSync('resources/sample-data.json', 'utf8')) as { workflows: Workflow[] }).workflows.map((w) => ({
    id: w.id,
    name: w.name,
    graph: w.versions.at(-1)?.graph ?? w.draft,
  }));

const at = (x: number, y: number) => ({ x, y });

/**
 * One workflow with every node kind and every mapped feature: conditions with a default, automatic
 * actions (always and on a field change), a required reaction, deadlines, waits on a duration and on a
 * date field, webhook with headers, CRM task, set field, messages at every moment, a loop back, and a
 * UUID for an id.
 */
export const everyKind = (): BpmnSource => ({
  id: '3f0c2a9e-7d1b-4c55-9a60-1b2c3d4e5f60',
  name: 'Alles: elke stap',
  graph: WorkflowGraph.parse({
    nodes: [
      {
        id: 's',
        kind: 'start',
        position: at(0, 0),
        message: { enabled: true, addressee: { type: 'submitter' }, templateId: 'tpl-1' },
      },
      {
        id: 'c',
        kind: 'condition',
        position: at(0, 150),
        title: 'Bedrag?',
        branches: [
          {
            id: 'big',
            label: 'Groot',
            condition: { join: 'and', rules: [{ field: 'amount', operator: 'greater', value: 1000 }] },
          },
          {
            id: 'date',
            label: 'Met datum',
            condition: {
              join: 'or',
              rules: [
                { field: 'due', operator: 'before', value: '2026-12-01' },
                { field: 'kind', operator: 'empty' },
              ],
            },
          },
        ],
      },
      {
        id: '9b1e0c52-1111-4e0a-8f00-aaaaaaaaaaaa',
        kind: 'task',
        position: at(0, 300),
        title: 'Beoordelen',
        destinations: [
          { type: 'role', roleId: 'role-reviewers' },
          { type: 'users', userIds: ['u-1'] },
          { type: 'userField', field: 'owner' },
          { type: 'taskManager' },
        ],
        deadline: { type: 'after', amount: 2, unit: 'days' },
        reactionRequired: true,
        message: { enabled: true, addressee: { type: 'taskUsers' }, templateId: 'tpl-2', channel: 'both' },
      },
      {
        id: 'ok',
        kind: 'action',
        position: at(0, 450),
        label: 'Goedkeuren',
        role: 'approve',
        effects: [
          { type: 'setStatus', status: 'approved' },
          { type: 'setField', field: 'approved at', value: 'yes' },
          { type: 'setField', field: 'score', value: 7 },
        ],
      },
      {
        id: 'no',
        kind: 'action',
        position: at(300, 450),
        label: 'Afkeuren',
        role: 'reject',
        message: { enabled: true, addressee: { type: 'submitter' }, templateId: 'tpl-3' },
        effects: [{ type: 'setStatus', status: 'rejected' }],
      },
      {
        id: 'paid',
        kind: 'action',
        position: at(600, 450),
        label: 'Betaald',
        mode: 'automatic',
        condition: { join: 'and', rules: [{ field: 'paid', operator: 'changedTo', value: 'ja' }] },
      },
      {
        id: 't2',
        kind: 'task',
        position: at(300, 600),
        title: 'Herstellen',
        destinations: [{ type: 'submitter' }],
        deadline: { type: 'dateField', field: 'due' },
      },
      { id: 'again', kind: 'action', position: at(300, 750), label: 'Opnieuw' },
      {
        id: 't3',
        kind: 'task',
        position: at(0, 600),
        title: 'Informeren',
        destinations: [{ type: 'submitter' }],
        infoTask: true,
        message: { enabled: true, addressee: { type: 'taskUsers' }, templateId: 'tpl-4' },
      },
      {
        id: 'seen',
        kind: 'action',
        position: at(0, 750),
        label: 'Gezien',
        mode: 'automatic',
        condition: { always: true },
      },
      {
        id: 'n',
        kind: 'notify',
        position: at(0, 900),
        title: 'Team',
        channel: 'email',
        to: [
          { type: 'role', roleId: 'role-reviewers' },
          { type: 'userField', field: 'owner' },
        ],
        templateId: 'tpl-5',
      },
      {
        id: 'ct',
        kind: 'createTask',
        position: at(0, 1050),
        title: 'Bellen',
        taskType: 'Bellen',
        assigneeUserId: 'u-1',
        dueInDays: 3,
      },
      {
        id: 'wh',
        kind: 'webhook',
        position: at(0, 1200),
        title: 'Boekhouding',
        url: 'https://boekhouding.example/api/hook',
        headers: { Authorization: 'Bearer geheim' },
        bodyTemplate: '{"id": "{{item.id}}"}',
      },
      { id: 'sf', kind: 'setField', position: at(0, 1350), field: 'stage', value: 'Klaar' },
      {
        id: 'w1',
        kind: 'wait',
        position: at(0, 1500),
        title: 'Een dag',
        until: { type: 'duration', amount: 1, unit: 'days' },
      },
      { id: 'w2', kind: 'wait', position: at(0, 1650), until: { type: 'dateField', field: 'due' } },
      { id: 'e', kind: 'end', position: at(0, 1800), title: 'Klaar' },
      { id: 'e2', kind: 'end', position: at(600, 600) },
    ],
    edges: [
      { id: 'x1', source: 's', target: 'c' },
      { id: 'x2', source: 'c', target: '9b1e0c52-1111-4e0a-8f00-aaaaaaaaaaaa', sourceHandle: 'big' },
      { id: 'x3', source: 'c', target: 't3', sourceHandle: 'default' },
      { id: 'x3b', source: 'c', target: 'w2', sourceHandle: 'date' },
      { id: 'x4', source: '9b1e0c52-1111-4e0a-8f00-aaaaaaaaaaaa', target: 'ok' },
      { id: 'x5', source: '9b1e0c52-1111-4e0a-8f00-aaaaaaaaaaaa', target: 'no' },
      { id: 'x6', source: '9b1e0c52-1111-4e0a-8f00-aaaaaaaaaaaa', target: 'paid' },
      { id: 'x7', source: 'ok', target: 't3' },
      { id: 'x8', source: 'no', target: 't2' },
      { id: 'x9', source: 't2', target: 'again' },
      { id: 'x10', source: 'again', target: '9b1e0c52-1111-4e0a-8f00-aaaaaaaaaaaa' },
      { id: 'x11', source: 'paid', target: 'e2' },
      { id: 'x12', source: 't3', target: 'seen' },
      { id: 'x13', source: 'seen', target: 'n' },
      { id: 'x14', source: 'n', target: 'ct' },
      { id: 'x15', source: 'ct', target: 'wh' },
      { id: 'x16', source: 'wh', target: 'sf' },
      { id: 'x17', source: 'sf', target: 'w1' },
      { id: 'x18', source: 'w1', target: 'w2' },
      { id: 'x19', source: 'w2', target: 'e' },
    ],
  }),
});

/** A record-triggered workflow with every part of a record trigger: only-if, delay, reminder, a start message. */
export const recordTriggered = (): BpmnSource => ({
  id: 'wf record/trigger',
  name: 'Offerte: herinnering',
  graph: WorkflowGraph.parse({
    nodes: [
      {
        id: 's',
        kind: 'start',
        position: at(0, 0),
        trigger: {
          type: 'record',
          entity: 'quoteRequest',
          event: 'statusChangedTo',
          field: 'status',
          value: 'Verstuurd',
          onlyIf: { join: 'and', rules: [{ field: 'amount', operator: 'greater', value: 0 }] },
          delay: { amount: 3, unit: 'days' },
          reminder: { amount: 7, unit: 'days' },
        },
        message: { enabled: true, addressee: { type: 'contactField', field: 'contact' }, templateId: 'tpl-1' },
      },
      {
        id: 'n',
        kind: 'notify',
        position: at(0, 150),
        to: [{ type: 'contactField', field: 'contact' }],
        templateId: 'tpl-2',
      },
      { id: 'e', kind: 'end', position: at(0, 300) },
    ],
    edges: [
      { id: 'a', source: 's', target: 'n' },
      { id: 'b', source: 'n', target: 'e' },
    ],
  }),
});

/**
 * Tasks that escalate after their deadline (issue 16), each kind of step once: a reminder, then the
 * task manager told and the task reassigned (deadline in working days); a reminder, then the task's
 * automatic action "Verlopen" (deadline on a date field); the manager told, after working days.
 */
export const escalating = (): BpmnSource => ({
  id: 'wf-escalating',
  name: 'Escaleren na de deadline',
  graph: WorkflowGraph.parse({
    nodes: [
      { id: 's', kind: 'start', position: at(0, 0) },
      {
        id: 't1',
        kind: 'task',
        position: at(0, 150),
        title: 'Beoordelen',
        destinations: [{ type: 'role', roleId: 'role-reviewers' }],
        deadline: { type: 'after', amount: 2, unit: 'workingDays' },
        escalation: {
          remindTemplateId: 'tpl-herinnering',
          after: { amount: 1, unit: 'workingDays' },
          then: [
            { type: 'notifyManager', templateId: 'tpl-manager' },
            { type: 'reassign', userIds: ['u-1', 'u-2'] },
          ],
        },
      },
      { id: 'ok', kind: 'action', position: at(0, 300), label: 'Goedkeuren', role: 'approve' },
      {
        id: 't2',
        kind: 'task',
        position: at(0, 450),
        title: 'Aanvullen',
        destinations: [{ type: 'submitter' }],
        deadline: { type: 'dateField', field: 'due' },
        escalation: {
          remindTemplateId: 'tpl-herinnering',
          after: { amount: 3, unit: 'days' },
          then: [{ type: 'action', actionNodeId: 'late' }],
        },
      },
      { id: 'done', kind: 'action', position: at(0, 600), label: 'Aangevuld' },
      {
        id: 'late',
        kind: 'action',
        position: at(300, 600),
        label: 'Verlopen',
        mode: 'automatic',
        condition: { join: 'and', rules: [{ field: 'expired', operator: 'equals', value: 'ja' }] },
        effects: [{ type: 'setStatus', status: 'verlopen' }],
      },
      {
        id: 't3',
        kind: 'task',
        position: at(0, 750),
        title: 'Afronden',
        destinations: [{ type: 'taskManager' }],
        deadline: { type: 'after', amount: 4, unit: 'hours' },
        escalation: {
          after: { amount: 2, unit: 'workingDays' },
          then: [{ type: 'notifyManager', templateId: 'tpl-manager' }],
        },
      },
      { id: 'close', kind: 'action', position: at(0, 900), label: 'Afgerond' },
      { id: 'e', kind: 'end', position: at(0, 1050) },
      { id: 'e2', kind: 'end', position: at(300, 750) },
    ],
    edges: [
      { id: 'a', source: 's', target: 't1' },
      { id: 'b', source: 't1', target: 'ok' },
      { id: 'c', source: 'ok', target: 't2' },
      { id: 'd', source: 't2', target: 'done' },
      { id: 'd2', source: 't2', target: 'late' },
      { id: 'f', source: 'done', target: 't3' },
      { id: 'g', source: 'late', target: 'e2' },
      { id: 'h', source: 't3', target: 'close' },
      { id: 'i', source: 'close', target: 'e' },
    ],
  }),
});
