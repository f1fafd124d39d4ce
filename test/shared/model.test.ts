import { describe, expect, it } from 'vitest';
import {
  Database,
  emptyDatabase,
  InvalidDocumentError,
  NodeKinds,
  parseDocument,
  Workflow,
  WorkflowNode,
} from '@shared/model';
import sample from '../../resources/sample-data.json';

describe('model schemas', () => {
  it('accept the sample data shipped in resources/', () => {
    expect(() => parseDocument(Database, { ...emptyDatabase(), ...sample }, 'sample')).not.toThrow();
  });

  it('give every field of the sample item types its own label in nl, en and de (no Dutch label in a German form)', () => {
    const label = (f: { label: string; labels?: Partial<Record<string, string>> }, lang: string) =>
      f.labels?.[lang] || f.label;
    for (const type of sample.itemTypes) {
      for (const field of type.fields) {
        expect(new Set(['nl', 'en', 'de'].map((lang) => label(field, lang))).size, `${type.id}.${field.key}`).toBe(3);
      }
    }
  });

  it('name the path and the problem of every invalid field', () => {
    const db = {
      ...emptyDatabase(),
      directory: {
        ...emptyDatabase().directory,
        users: [
          { id: 'u1', name: 'Ann', email: 'not-an-address' },
          { id: '', name: '' },
        ],
      },
    };
    const error = (() => {
      try {
        parseDocument(Database, db, 'the data file');
      } catch (e) {
        return e as InvalidDocumentError;
      }
    })();
    expect(error).toBeInstanceOf(InvalidDocumentError);
    expect(error!.issues).toEqual(
      expect.arrayContaining([
        { path: 'directory.users[0].email', message: 'is not a valid e-mail address' },
        { path: 'directory.users[1].id', message: 'must not be empty' },
        { path: 'directory.users[1].name', message: 'is required' },
      ]),
    );
    expect(error!.message).toMatch(
      /^the data file is not valid: .*directory\.users\[0\]\.email: is not a valid e-mail address/,
    );
  });

  it('model every node kind of DESIGN §4', () => {
    expect(NodeKinds).toEqual([
      'start',
      'task',
      'action',
      'condition',
      'notify',
      'createTask',
      'webhook',
      'setField',
      'wait',
      'end',
    ]);
  });

  it('parse a workflow with tasks, actions, conditions and automations, filling defaults', () => {
    const at = { x: 0, y: 0 };
    const wf = Workflow.parse({
      id: 'wf',
      name: 'Infomail instuurder',
      draft: {
        nodes: [
          { id: 's', kind: 'start', position: at },
          {
            id: 't',
            kind: 'task',
            position: at,
            title: 'Infomail instuurder',
            infoTask: true,
            destinations: [{ type: 'submitter' }],
            message: { enabled: true, addressee: { type: 'taskUsers' }, templateId: 'tpl' },
          },
          {
            id: 'a',
            kind: 'action',
            position: at,
            label: 'Afhandelen',
            mode: 'automatic',
            condition: { always: true },
          },
          {
            id: 'c',
            kind: 'condition',
            position: at,
            title: 'Soort',
            branches: [
              {
                id: 'b1',
                label: 'Adres',
                condition: { join: 'and', rules: [{ field: 'soort', operator: 'equals', value: 'Adres' }] },
              },
            ],
          },
          { id: 'w', kind: 'wait', position: at, until: { type: 'duration', amount: 3, unit: 'days' } },
          { id: 'h', kind: 'webhook', position: at, url: 'https://example.org/hook' },
          { id: 'e', kind: 'end', position: at },
        ],
        edges: [{ id: 'e1', source: 's', target: 't' }],
      },
    });
    const task = wf.draft.nodes[1]!;
    expect(task.kind === 'task' && task.destinations[0]).toEqual({ type: 'submitter', showInTaskList: true });
    expect(wf.draft.nodes[2]).toMatchObject({ role: 'complete', effects: [] });
    expect(wf.draft.nodes[5]).toMatchObject({ method: 'POST' });
    expect(wf.versions).toEqual([]);
  });

  it('reject a node of unknown kind and a wait of zero days, saying where', () => {
    const bad = WorkflowNode.safeParse({ id: 'x', kind: 'teleport', position: { x: 0, y: 0 } });
    expect(bad.success).toBe(false);
    const wait = WorkflowNode.safeParse({
      id: 'w',
      kind: 'wait',
      position: { x: 0, y: 0 },
      until: { type: 'duration', amount: 0, unit: 'days' },
    });
    expect(wait.error?.issues[0]).toMatchObject({ path: ['until', 'amount'], message: 'must be more than 0' });
  });
});
