import { BpmnModdle } from 'bpmn-moddle';
import zeebeSchema from 'zeebe-bpmn-moddle/resources/zeebe.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { PlatformVersions, type PlatformVersion } from '@shared/bpmn/platform';
import { toBpmn, type BpmnSource } from '@shared/bpmn/to-bpmn';
import { escalating, everyKind, recordTriggered, sampleSources } from '../helpers/bpmn-workflows';
import { camundaLinter } from '../helpers/camunda-lint';

const sources: BpmnSource[] = [...sampleSources(), everyKind(), recordTriggered(), escalating()];
const lint = async (xml: string) =>
  (await (await camundaLinter()).lint(xml)).map((r) => `${r.id}: ${r.message} (${r.rule})`);
const parse = (xml: string) => new BpmnModdle({ zeebe: zeebeSchema }).fromXML(xml);

describe('BPMN export', () => {
  for (const source of sources) {
    for (const platformVersion of PlatformVersions) {
      it(`${source.name} for Camunda ${platformVersion}: Camunda's lint reports nothing, bpmn-moddle parses it without warnings`, async () => {
        const { xml } = await toBpmn(source, { platformVersion });
        expect(await lint(xml)).toEqual([]);
        const { rootElement, warnings } = await parse(xml);
        expect(warnings.map((w) => w.message)).toEqual([]);
        // The linter silently passes a file without an execution platform: it must be there.
        expect(rootElement.$attrs['modeler:executionPlatform']).toBe('Camunda Cloud');
        expect(rootElement.$attrs['modeler:executionPlatformVersion']).toBe(`${platformVersion}.0`);
      });
    }
  }

  it('gives every step a diagram shape and every flow an edge', async () => {
    for (const source of sources) {
      const { xml } = await toBpmn(source, { platformVersion: '8.9' });
      const { rootElement } = await parse(xml);
      const process = (
        rootElement.get('rootElements') as { $type: string; flowElements: { id: string; $type: string }[] }[]
      ).find((r) => r.$type === 'bpmn:Process')!;
      const plane = (
        rootElement.get('diagrams') as { plane: { planeElement: { bpmnElement: { id: string } }[] } }[]
      )[0]!.plane;
      const drawn = new Set(plane.planeElement.map((p) => p.bpmnElement.id));
      expect(process.flowElements.filter((e) => !drawn.has(e.id)).map((e) => e.id)).toEqual([]);
    }
  });

  it('draws each step where the canvas has it (spread out), or lays it out when asked', async () => {
    const sample = sampleSources().find((w) => w.id === 'wf-bellen-nieuw')!;
    const start = sample.graph.nodes.find((n) => n.kind === 'start')!;
    const end = sample.graph.nodes.find((n) => n.kind === 'end')!;
    const { xml } = await toBpmn(sample, { platformVersion: '8.8' });
    const boundsOf = (x: string, id: string) =>
      x
        .match(new RegExp(`bpmnElement="${id}"[^>]*>\\s*<dc:Bounds x="(-?[\\d.]+)" y="(-?[\\d.]+)"`))!
        .slice(1)
        .map(Number);
    expect(boundsOf(xml, 'StartEvent_s')).toEqual([start.position.x * 2 + 60 - 18, start.position.y * 1.6 + 50 - 18]);
    expect(boundsOf(xml, 'EndEvent_e')).toEqual([end.position.x * 2 + 60 - 18, end.position.y * 1.6 + 50 - 18]);
    const auto = (await toBpmn(sample, { platformVersion: '8.8', layout: 'auto' })).xml;
    expect(boundsOf(auto, 'StartEvent_s')).not.toEqual(boundsOf(xml, 'StartEvent_s'));
    expect(await lint(auto)).toEqual([]);
  });

  it('lays the diagram out when steps stand on top of each other on the canvas', async () => {
    const sample = sampleSources().find((w) => w.id === 'wf-bellen-nieuw')!;
    const piled = {
      ...sample,
      graph: { ...sample.graph, nodes: sample.graph.nodes.map((n) => ({ ...n, position: { x: 0, y: 0 } })) },
    };
    const { xml } = await toBpmn(piled, { platformVersion: '8.8' });
    const { rootElement } = await parse(xml);
    const plane = (rootElement.get('diagrams') as { plane: { planeElement: unknown[] } }[])[0]!.plane;
    expect(plane.planeElement.length).toBeGreaterThan(0);
    expect(xml).not.toContain('_plane"');
    expect(await lint(xml)).toEqual([]);
  });

  it('exports a workflow named by a UUID with valid XML ids', async () => {
    const { xml } = await toBpmn(everyKind(), { platformVersion: '8.8' });
    const ids = [...xml.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
    expect(ids.filter((id) => !/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(xml).toContain('id="Process_3f0c2a9e-7d1b-4c55-9a60-1b2c3d4e5f60"');
  });

  it('warns for what a version cannot express, and expresses it from the version that can', async () => {
    const codes = async (v: PlatformVersion) =>
      (await toBpmn(everyKind(), { platformVersion: v })).warnings
        .map((w) => `${w.code}:${w.nodeId}${w.needs ? `>=${w.needs}` : ''}`)
        .sort();
    expect(await codes('8.6')).toEqual([
      'automaticOnChange:paid>=8.9',
      'reactionRequired:9b1e0c52-1111-4e0a-8f00-aaaaaaaaaaaa>=8.8',
      'webhookHeaders:wh',
    ]);
    expect(await codes('8.7')).toEqual([
      'automaticOnChange:paid>=8.9',
      'reactionRequired:9b1e0c52-1111-4e0a-8f00-aaaaaaaaaaaa>=8.8',
      'webhookHeaders:wh',
    ]);
    expect(await codes('8.8')).toEqual(['automaticOnChange:paid>=8.9', 'webhookHeaders:wh']);
    expect(await codes('8.9')).toEqual(['webhookHeaders:wh']);
    const xml88 = (await toBpmn(everyKind(), { platformVersion: '8.8' })).xml;
    expect(xml88).toContain('<zeebe:taskListener eventType="completing" type="stroomlijn.check-reaction" />');
    expect(xml88).not.toContain('conditionalEventDefinition');
    expect((await toBpmn(everyKind(), { platformVersion: '8.9' })).xml).toContain('conditionalEventDefinition');
  });

  it('never exports a webhook header value', async () => {
    const { xml } = await toBpmn(everyKind(), { platformVersion: '8.9' });
    expect(xml).not.toContain('geheim');
    expect(xml).toContain('stroomlijn.call-webhook');
  });

  it('maps each step as the issue says', async () => {
    const { xml } = await toBpmn(everyKind(), { platformVersion: '8.9' });
    expect(xml).toContain(
      '<zeebe:formDefinition externalReference="stroomlijn:task/3f0c2a9e-7d1b-4c55-9a60-1b2c3d4e5f60/9b1e0c52-1111-4e0a-8f00-aaaaaaaaaaaa" />',
    );
    expect(xml).toContain('candidateGroups="role-reviewers"');
    expect(xml).toContain('<zeebe:taskSchedule dueDate="=now() + duration(&#34;P2D&#34;)" />');
    expect(xml).toMatch(/<bpmn:timeDuration[^>]*>P1D<\/bpmn:timeDuration>/);
    for (const type of ['stroomlijn.send-message', 'stroomlijn.create-crm-task', 'stroomlijn.set-record-field'])
      expect(xml).toContain(`type="${type}"`);
    expect(xml).toContain('Gateway_9b1e0c52-1111-4e0a-8f00-aaaaaaaaaaaa_merge');
    const record = (await toBpmn(recordTriggered(), { platformVersion: '8.6' })).xml;
    expect(record).toContain('name="stroomlijn.record.quoteRequest.statusChangedTo"');
    expect(record).toContain('<bpmn:parallelGateway');
    expect(record).toMatch(/<bpmn:timeDuration[^>]*>P7D<\/bpmn:timeDuration>/);
  });
});

describe('BPMN export of escalations (issue 16)', () => {
  it('puts timer boundary events on the user task: a reminder at the deadline, then the escalation, interrupting only when it takes an action', async () => {
    const { xml, warnings } = await toBpmn(escalating(), { platformVersion: '8.7' });
    const boundary = (id: string) =>
      xml.match(new RegExp(`<bpmn:boundaryEvent id="BoundaryEvent_${id}"[^>]*>`))?.[0] ?? '';
    expect(boundary('t1_deadline')).toContain('cancelActivity="false"');
    expect(boundary('t1_deadline')).toContain('attachedToRef="UserTask_t1"');
    expect(boundary('t1_escalation')).toContain('cancelActivity="false"');
    expect(boundary('t2_escalation')).not.toContain('cancelActivity="false"');
    expect(boundary('t3_deadline')).toBe('');
    // t3: 4 hours, then 2 working days — counted Monday to Friday in FEEL.
    expect(xml).toMatch(/<bpmn:timeDate[^>]*>=\{s: now\(\) \+ duration\("PT4H"\)/);
    // t2: the date field, then 3 calendar days.
    expect(xml).toContain('then now() else if string length');
    expect(xml).toContain('type="stroomlijn.reassign-task"');
    expect(xml).toContain('<zeebe:header key="users" value="u-1,u-2" />');
    expect(warnings.map((w) => `${w.code}:${w.nodeId}`).sort()).toEqual([
      'automaticOnChange:late',
      'workingDays:t1',
      'workingDays:t3',
    ]);
  });

  it('leaves out what an escalation would do after taking an action, as the engine does (the task is gone by then)', async () => {
    const source = escalating();
    const t2 = source.graph.nodes.find((n) => n.id === 't2') as Extract<
      (typeof source.graph.nodes)[number],
      { kind: 'task' }
    >;
    t2.escalation = {
      after: { amount: 3, unit: 'days' },
      then: [
        { type: 'action', actionNodeId: 'late' },
        { type: 'notifyManager', templateId: 'tpl-manager' },
      ],
    };
    const { xml } = await toBpmn(source, { platformVersion: '8.9' });
    expect(xml).not.toContain('SendTask_t2_escalation_notify');
    t2.escalation.then.reverse();
    expect((await toBpmn(source, { platformVersion: '8.9' })).xml).toContain('SendTask_t2_escalation_notify');
  });
});

describe('BPMN export lint, negative controls: a broken copy fires the expected rule', () => {
  const broken: { what: string; version: PlatformVersion; breakIt: (xml: string) => string; rule: string }[] = [
    {
      what: 'a user task without its zeebe:userTask on 8.8',
      version: '8.8',
      breakIt: (x) =>
        x
          .replace(/<zeebe:formDefinition [^>]*\/>/, '<zeebe:formDefinition formKey="x" />')
          .replace('<zeebe:userTask />', ''),
      rule: 'camunda-compat/zeebe-user-task',
    },
    {
      what: 'a send task without its job type',
      version: '8.7',
      breakIt: (x) => x.replace('<zeebe:taskDefinition type="stroomlijn.send-message" />', ''),
      rule: 'camunda-compat/implementation',
    },
    {
      what: 'a condition that is not FEEL',
      version: '8.7',
      breakIt: (x) => x.replace(/>=action = "([^"]*)"</, '>=(action = "$1"<'),
      rule: 'camunda-compat/feel',
    },
    {
      what: 'a conditional boundary event on 8.8',
      version: '8.8',
      breakIt: (x) =>
        x.replace(
          /<bpmn:timerEventDefinition id="(TimerEventDefinition_w1)">[\s\S]*?<\/bpmn:timerEventDefinition>/,
          '<bpmn:conditionalEventDefinition id="$1"><bpmn:condition xsi:type="bpmn:tFormalExpression">=true</bpmn:condition></bpmn:conditionalEventDefinition>',
        ),
      rule: 'camunda-compat/element-type',
    },
    {
      what: 'a task listener on 8.7',
      version: '8.7',
      breakIt: (x) =>
        x.replace(
          '<zeebe:userTask />',
          '<zeebe:userTask /><zeebe:taskListeners><zeebe:taskListener eventType="completing" type="x" /></zeebe:taskListeners>',
        ),
      rule: 'camunda-compat/no-task-listeners',
    },
    {
      what: 'a timer with a bad duration',
      version: '8.6',
      breakIt: (x) => x.replace(/>P1D</, '>one day<'),
      rule: 'camunda-compat/timer',
    },
  ];
  for (const b of broken) {
    it(b.what, async () => {
      const { xml } = await toBpmn(everyKind(), { platformVersion: b.version });
      const changed = b.breakIt(xml);
      expect(changed).not.toBe(xml);
      const rules = (await (await camundaLinter()).lint(changed)).map((r) => r.rule);
      expect(rules).toContain(b.rule);
    });
  }

  it('the lint passes anything without an execution platform, so the test above checks the attributes', async () => {
    const { xml } = await toBpmn(everyKind(), { platformVersion: '8.6' });
    const withoutPlatform = xml
      .replace(/ modeler:executionPlatform(Version)?="[^"]*"/g, '')
      .replace('<zeebe:taskDefinition type="stroomlijn.send-message" />', '');
    expect(await lint(withoutPlatform)).toEqual([]);
  });
});
