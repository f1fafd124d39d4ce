import { describe, expect, it } from 'vitest';
import { describeFinding, type FindingCode, validateWorkflow, type WorkflowUnderTest } from '@shared/workflow';
import { ctx, edge, minimal, node, sampleDb, withNode } from './fixtures';

const codes = (wf: WorkflowUnderTest) => validateWorkflow(wf, ctx).map((f) => f.code);
const fires = (wf: WorkflowUnderTest, code: FindingCode) => expect(codes(wf)).toContain(code);
const quiet = (wf: WorkflowUnderTest, code: FindingCode) => expect(codes(wf)).not.toContain(code);
const message = (templateId?: string, addressee: object = { type: 'taskUsers' }) => ({
  message: { enabled: true, addressee, ...(templateId ? { templateId } : {}) },
});

describe('validation', () => {
  it('finds nothing wrong with the smallest workflow', () => {
    expect(validateWorkflow(minimal(), ctx)).toEqual([]);
  });

  it('passes every sample workflow without errors', () => {
    for (const wf of sampleDb.workflows) {
      const findings = validateWorkflow({ ...wf, graph: wf.draft }, ctx);
      expect(findings.map(describeFinding), wf.name).toEqual([]);
    }
  });

  describe('errors', () => {
    it('noStart / multipleStarts', () => {
      const wf = minimal();
      fires({ ...wf, graph: { ...wf.graph, nodes: wf.graph.nodes.filter((x) => x.id !== 's') } }, 'noStart');
      quiet(wf, 'noStart');
      const two = {
        ...wf,
        graph: { nodes: [...wf.graph.nodes, node('s2', 'start')], edges: [...wf.graph.edges, edge('s2', 't')] },
      };
      expect(
        validateWorkflow(two, ctx)
          .filter((f) => f.code === 'multipleStarts')
          .map((f) => f.nodeId),
      ).toEqual(['s2']);
      quiet(wf, 'multipleStarts');
    });

    it('unreachable', () => {
      const wf = minimal();
      const island = { ...wf, graph: { ...wf.graph, nodes: [...wf.graph.nodes, node('x', 'end')] } };
      expect(validateWorkflow(island, ctx).find((f) => f.code === 'unreachable')).toMatchObject({
        nodeId: 'x',
        severity: 'error',
      });
      quiet(wf, 'unreachable');
    });

    it('taskWithoutAction', () => {
      const wf = minimal();
      fires(
        {
          ...wf,
          graph: {
            nodes: wf.graph.nodes.filter((x) => x.id !== 'a'),
            edges: wf.graph.edges.filter((e) => e.source !== 'a' && e.target !== 'a'),
          },
        },
        'taskWithoutAction',
      );
      quiet(wf, 'taskWithoutAction');
    });

    it('actionWithoutFollowUp', () => {
      const wf = minimal();
      fires(
        { ...wf, graph: { ...wf.graph, edges: wf.graph.edges.filter((e) => e.source !== 'a') } },
        'actionWithoutFollowUp',
      );
      quiet(wf, 'actionWithoutFollowUp');
    });

    it('conditionWithoutDefault and branchWithoutTarget', () => {
      const base = minimal();
      const cond = node('c', 'condition', {
        branches: [
          {
            id: 'b1',
            label: 'Groot',
            condition: { join: 'and', rules: [{ field: 'amount', operator: 'greater', value: 10 }] },
          },
        ],
      });
      const graph = {
        nodes: [...base.graph.nodes, cond, node('e2', 'end')],
        edges: [edge('s', 't'), edge('t', 'a'), edge('a', 'c'), edge('c', 'e', 'b1')],
      };
      fires({ ...base, graph }, 'conditionWithoutDefault');
      quiet(
        { ...base, graph: { ...graph, edges: [...graph.edges, edge('c', 'e2', 'default')] } },
        'conditionWithoutDefault',
      );
      const noBranchTarget = {
        ...base,
        graph: { ...graph, edges: [edge('s', 't'), edge('t', 'a'), edge('a', 'c'), edge('c', 'e2', 'default')] },
      };
      expect(validateWorkflow(noBranchTarget, ctx).find((f) => f.code === 'branchWithoutTarget')?.params.branch).toBe(
        'Groot',
      );
      quiet(
        { ...base, graph: { ...graph, edges: [...graph.edges, edge('c', 'e2', 'default')] } },
        'branchWithoutTarget',
      );
    });

    it('stepWithoutNext (automations and the start lead on)', () => {
      const base = minimal();
      const graph = {
        nodes: [...base.graph.nodes, node('w', 'wait')],
        edges: [edge('s', 't'), edge('t', 'a'), edge('a', 'w')],
      };
      fires({ ...base, graph }, 'stepWithoutNext');
      quiet({ ...base, graph: { ...graph, edges: [...graph.edges, edge('w', 'e')] } }, 'stepWithoutNext');
    });

    it('messageWithoutTemplate / templateNotFound', () => {
      fires(withNode(minimal(), 't', message()), 'messageWithoutTemplate');
      fires(withNode(minimal(), 't', message('tpl-gone')), 'templateNotFound');
      quiet(withNode(minimal(), 't', message('tpl-instuurder')), 'messageWithoutTemplate');
      quiet(withNode(minimal(), 't', { message: { enabled: false } }), 'messageWithoutTemplate');
    });

    it('templateMissingLanguage', () => {
      const one = { ...ctx, templates: [{ ...ctx.templates[0]!, texts: { nl: ctx.templates[0]!.texts.nl } }] };
      const wf = withNode(minimal(), 't', message(ctx.templates[0]!.id));
      expect(validateWorkflow({ ...wf, language: 'de' }, one).map((f) => f.code)).toContain('templateMissingLanguage');
      expect(validateWorkflow(wf, one).map((f) => f.code)).not.toContain('templateMissingLanguage');
    });

    it('taskWithoutDestination and destinations that resolve to nobody', () => {
      fires(withNode(minimal(), 't', { destinations: [] }), 'taskWithoutDestination');
      fires(withNode(minimal(), 't', { destinations: [{ type: 'users', userIds: [] }] }), 'nobodyNoUsers');
      fires(withNode(minimal(), 't', { destinations: [{ type: 'users', userIds: ['ghost'] }] }), 'nobodyUnknownUser');
      fires(withNode(minimal(), 't', { destinations: [{ type: 'role', roleId: 'ghost' }] }), 'nobodyUnknownRole');
      const emptyRole = {
        ...ctx,
        directory: { ...ctx.directory, roles: [...ctx.directory.roles, { id: 'role-empty', name: 'Leeg' }] },
      };
      expect(
        validateWorkflow(
          withNode(minimal(), 't', { destinations: [{ type: 'role', roleId: 'role-empty' }] }),
          emptyRole,
        ).map((f) => f.code),
      ).toContain('nobodyEmptyRole');
      fires(withNode(minimal(), 't', { destinations: [{ type: 'taskManager' }] }), 'nobodyNoTaskManager');
      quiet(
        { ...withNode(minimal(), 't', { destinations: [{ type: 'taskManager' }] }), taskManagerUserId: 'user-anna' },
        'nobodyNoTaskManager',
      );
      const typed = {
        ...withNode(minimal(), 't', { destinations: [{ type: 'userField', field: 'behandelaar' }] }),
        itemTypeId: 'type-mutatie',
      };
      fires(typed, 'nobodyNoUserField');
      quiet(withNode(minimal(), 't', { destinations: [{ type: 'submitter' }] }), 'taskWithoutDestination');
      expect(validateWorkflow(withNode(minimal(), 't', { destinations: [{ type: 'submitter' }] }), ctx)).toEqual([]);
    });

    it('nobodyNoTask: a start message to the task users', () => {
      fires(withNode(minimal(), 's', message('tpl-instuurder')), 'nobodyNoTask');
      quiet(withNode(minimal(), 's', message('tpl-instuurder', { type: 'submitter' })), 'nobodyNoTask');
    });

    it('missingRequiredAction (approval messages need approve and reject)', () => {
      const wf = { ...minimal(), itemTypeId: 'type-accordering' };
      const found = validateWorkflow(wf, ctx).filter((f) => f.code === 'missingRequiredAction');
      expect(found.map((f) => f.params.role)).toEqual(['approve', 'reject']);
      const withBoth = {
        ...wf,
        graph: {
          nodes: [
            ...wf.graph.nodes.map((x) => (x.id === 'a' ? { ...x, role: 'approve' as const } : x)),
            node('r', 'action', { role: 'reject' }),
          ],
          edges: [...wf.graph.edges, edge('t', 'r'), edge('r', 'e')],
        },
      };
      quiet(withBoth, 'missingRequiredAction');
    });

    it('endlessCycle: a loop with no task or wait', () => {
      const base = minimal();
      const loop = node('c', 'condition', {
        branches: [{ id: 'again', label: 'Nog eens', condition: { always: true } }],
      });
      const set = node('f', 'setField');
      const graph = {
        nodes: [...base.graph.nodes, loop, set],
        edges: [
          edge('s', 't'),
          edge('t', 'a'),
          edge('a', 'c'),
          edge('c', 'f', 'again'),
          edge('f', 'c'),
          edge('c', 'e', 'default'),
        ],
      };
      fires({ ...base, graph }, 'endlessCycle');
      const throughTask = {
        nodes: base.graph.nodes,
        edges: [...base.graph.edges.filter((e) => e.source !== 'a'), edge('a', 't')],
      };
      quiet({ ...base, graph: throughTask }, 'endlessCycle');
      const waitInLoop = {
        nodes: [...base.graph.nodes, loop, node('w', 'wait')],
        edges: [
          edge('s', 't'),
          edge('t', 'a'),
          edge('a', 'c'),
          edge('c', 'w', 'again'),
          edge('w', 'c'),
          edge('c', 'e', 'default'),
        ],
      };
      quiet({ ...base, graph: waitInLoop }, 'endlessCycle');
    });
  });

  describe('warnings', () => {
    it('messageNotShownInTaskList', () => {
      const hidden = withNode(minimal(), 't', {
        ...message('tpl-instuurder'),
        destinations: [{ type: 'role', roleId: 'role-payroll', showInTaskList: false }],
      });
      expect(validateWorkflow(hidden, ctx).find((f) => f.code === 'messageNotShownInTaskList')?.severity).toBe(
        'warning',
      );
      quiet(withNode(minimal(), 't', message('tpl-instuurder')), 'messageNotShownInTaskList');
    });

    it('reactionNotUsed', () => {
      fires(withNode(minimal(), 't', { reactionRequired: true, ...message('tpl-instuurder') }), 'reactionNotUsed');
      quiet(withNode(minimal(), 't', { reactionRequired: true, ...message('tpl-afgekeurd') }), 'reactionNotUsed');
      const viaAction = withNode(
        withNode(minimal(), 't', { reactionRequired: true }),
        'a',
        message('tpl-afgekeurd', { type: 'submitter' }),
      );
      quiet(viaAction, 'reactionNotUsed');
    });

    it('externalTemplateInternalReaction', () => {
      const leaky = {
        ...ctx.templates.find((t) => t.id === 'tpl-afgekeurd')!,
        id: 'tpl-leaky',
        texts: { nl: { subject: 'x', html: '{{Task.LastReaction}}' } },
      };
      const wf = withNode(minimal(), 'a', message('tpl-leaky', { type: 'submitter' }));
      expect(validateWorkflow(wf, { ...ctx, templates: [...ctx.templates, leaky] }).map((f) => f.code)).toContain(
        'externalTemplateInternalReaction',
      );
      quiet(
        withNode(minimal(), 'a', message('tpl-afgekeurd', { type: 'submitter' })),
        'externalTemplateInternalReaction',
      );
    });

    it('infoTaskWithoutMessage', () => {
      fires(withNode(minimal(), 't', { infoTask: true }), 'infoTaskWithoutMessage');
      quiet(withNode(minimal(), 't', { infoTask: true, ...message('tpl-instuurder') }), 'infoTaskWithoutMessage');
    });

    it('replyWordShared: a word two manual actions of a task answer to, chosen by someone, is named before anyone replies with it', () => {
      const twoActions = (first: Record<string, unknown>, second: Record<string, unknown>): WorkflowUnderTest => {
        const wf = minimal();
        const b = node('b', 'action', { role: 'reject', ...second });
        const graph = {
          nodes: [
            ...wf.graph.nodes.map((x) => (x.id === 'a' ? node('a', 'action', { role: 'approve', ...first }) : x)),
            b,
          ],
          edges: [...wf.graph.edges, edge('t', 'b'), edge('b', 'e')],
        };
        return { ...wf, graph };
      };
      const found = (wf: WorkflowUnderTest) => validateWorkflow(wf, ctx).find((f) => f.code === 'replyWordShared');
      // The same own word on both.
      expect(
        found(
          twoActions(
            { label: 'Goedkeuren', replyKeywords: ['prima'] },
            { label: 'Afkeuren', replyKeywords: ['Prima', 'nee'] },
          ),
        ),
      ).toMatchObject({
        severity: 'warning',
        nodeId: 't',
        params: { words: 'PRIMA', actions: 'Goedkeuren, Afkeuren' },
      });
      // One label is the first word of the other: a reply "Goedkeuren" would take neither.
      expect(
        found(twoActions({ label: 'Goedkeuren' }, { label: 'Goedkeuren met voorbehoud', role: 'approve' }))?.params
          .words,
      ).toContain('GOEDKEUREN');
      // One action's own word is the other's role word (nl: NEE rejects).
      expect(
        found(twoActions({ label: 'Goedkeuren', replyKeywords: ['nee'] }, { label: 'Afkeuren' }))?.params.words,
      ).toBe('NEE');
      // Two actions named alike without words of their own (new ones, default label): not this warning.
      quiet(twoActions({ label: 'Afhandelen' }, { label: 'Afhandelen', role: 'complete' }), 'replyWordShared');
      // Distinct words; an automatic action is not taken by a reply.
      quiet(twoActions({ label: 'Goedkeuren' }, { label: 'Afkeuren' }), 'replyWordShared');
      quiet(
        twoActions({ label: 'Goedkeuren', replyKeywords: ['nee'] }, { label: 'Afkeuren', mode: 'automatic' }),
        'replyWordShared',
      );
    });

    it('recipientsWithoutEmail, naming them, unless the message only goes to the inbox', () => {
      const wf = withNode(minimal(), 't', {
        destinations: [{ type: 'users', userIds: ['user-dirk', 'user-anna'] }],
        ...message('tpl-instuurder'),
      });
      expect(validateWorkflow(wf, ctx).find((f) => f.code === 'recipientsWithoutEmail')?.params.names).toBe(
        'Dirk Visser',
      );
      quiet(
        withNode(wf, 't', {
          message: { enabled: true, addressee: { type: 'taskUsers' }, templateId: 'tpl-instuurder', channel: 'inbox' },
        }),
        'recipientsWithoutEmail',
      );
      quiet(withNode(minimal(), 't', message('tpl-instuurder')), 'recipientsWithoutEmail');
    });
  });

  it('lists errors before warnings and describes each in English', () => {
    const wf = withNode(withNode(minimal(), 't', { infoTask: true }), 'a', message());
    const findings = validateWorkflow(wf, ctx);
    expect(findings.map((f) => f.severity)).toEqual(['error', 'warning']);
    expect(describeFinding(findings[0]!)).toBe('The message of “Action a” has no template.');
  });
});
