import { describe, expect, it } from 'vitest';
import { fromBpmn } from '@shared/bpmn/from-bpmn';
import { toBpmn } from '@shared/bpmn/to-bpmn';
import type { WorkflowGraph } from '@shared/model';
import { escalating, everyKind, recordTriggered, sampleSources } from '../helpers/bpmn-workflows';

/** A graph as the import can give it back: positions left out, branch ids as their labels, edges as a set. */
function normal(graph: WorkflowGraph) {
  const branchLabel = new Map<string, string>();
  for (const n of graph.nodes)
    if (n.kind === 'condition') for (const b of n.branches) branchLabel.set(`${n.id}:${b.id}`, b.label);
  const nodes = graph.nodes
    .map(({ position: _p, ...n }) => {
      if (n.kind === 'condition') return { ...n, branches: n.branches.map(({ id: _id, ...b }) => b) };
      if (n.kind === 'task')
        return {
          ...n,
          destinations: [...n.destinations].sort((a, b) => a.type.localeCompare(b.type)),
          form: undefined,
        };
      // A webhook's request headers are never exported (they may hold secrets).
      if (n.kind === 'webhook') return { ...n, headers: {} };
      return n;
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  const edges = graph.edges
    .map(
      (e) =>
        `${e.source} -> ${e.target}${e.sourceHandle ? ` [${branchLabel.get(`${e.source}:${e.sourceHandle}`) ?? e.sourceHandle}]` : ''}`,
    )
    .sort();
  return { nodes: JSON.parse(JSON.stringify(nodes)) as unknown, edges };
}

describe('BPMN import', () => {
  for (const source of [...sampleSources(), everyKind(), recordTriggered(), escalating()]) {
    it(`export → import gives the same graph: ${source.name}`, async () => {
      const { xml } = await toBpmn(source, { platformVersion: '8.9' });
      const back = await fromBpmn(xml);
      if (!back.ok) throw new Error(JSON.stringify(back.problems));
      expect(back.name).toBe(source.name);
      expect(normal(back.graph)).toEqual(normal(source.graph));
    });
  }

  it('refuses what Stroomlijn cannot hold, one problem per element', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="defs" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="p" name="Van de modeler" isExecutable="true">
    <bpmn:startEvent id="s" />
    <bpmn:parallelGateway id="fork" />
    <bpmn:scriptTask id="script" name="Reken"><bpmn:extensionElements><zeebe:script expression="=1" resultVariable="x" /></bpmn:extensionElements></bpmn:scriptTask>
    <bpmn:userTask id="many" name="Iedereen"><bpmn:multiInstanceLoopCharacteristics /></bpmn:userTask>
    <bpmn:serviceTask id="other" name="Iets anders"><bpmn:extensionElements><zeebe:taskDefinition type="iemand.anders" /></bpmn:extensionElements></bpmn:serviceTask>
    <bpmn:exclusiveGateway id="g" default="f2" />
    <bpmn:endEvent id="e" />
    <bpmn:sequenceFlow id="f1" sourceRef="g" targetRef="e"><bpmn:conditionExpression>=count(items) &gt; 2</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f2" sourceRef="g" targetRef="e" />
  </bpmn:process>
</bpmn:definitions>`;
    const back = await fromBpmn(xml);
    expect(back.ok).toBe(false);
    if (back.ok) return;
    expect(back.problems.map((p) => `${p.elementId}: ${p.code} ${p.detail}`).sort()).toEqual([
      'fork: unsupportedElement bpmn:ParallelGateway',
      'g: unsupportedCondition =count(items) > 2',
      'many: multiInstance bpmn:UserTask',
      'other: unknownJobType iemand.anders',
      'script: unsupportedElement bpmn:ScriptTask',
    ]);
  });

  it('reads a simple file from Camunda Modeler: user task, FEEL written by hand, timer, end', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="defs" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="p" name="Goedkeuren" isExecutable="true">
    <bpmn:startEvent id="Start_1"><bpmn:outgoing>a</bpmn:outgoing></bpmn:startEvent>
    <bpmn:userTask id="Keur" name="Keuren"><bpmn:extensionElements><zeebe:userTask /><zeebe:assignmentDefinition candidateGroups="role-reviewers" /></bpmn:extensionElements><bpmn:incoming>a</bpmn:incoming><bpmn:outgoing>b</bpmn:outgoing></bpmn:userTask>
    <bpmn:exclusiveGateway id="Groot" name="Groot?" default="d"><bpmn:incoming>b</bpmn:incoming><bpmn:outgoing>c</bpmn:outgoing><bpmn:outgoing>d</bpmn:outgoing></bpmn:exclusiveGateway>
    <bpmn:intermediateCatchEvent id="Dag" name="Een dag"><bpmn:incoming>c</bpmn:incoming><bpmn:outgoing>x</bpmn:outgoing><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
    <bpmn:endEvent id="Eind"><bpmn:incoming>d</bpmn:incoming><bpmn:incoming>x</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="a" sourceRef="Start_1" targetRef="Keur" />
    <bpmn:sequenceFlow id="b" sourceRef="Keur" targetRef="Groot" />
    <bpmn:sequenceFlow id="c" name="Boven 1000" sourceRef="Groot" targetRef="Dag"><bpmn:conditionExpression>=amount &gt; 1000</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="d" sourceRef="Groot" targetRef="Eind" />
    <bpmn:sequenceFlow id="x" sourceRef="Dag" targetRef="Eind" />
  </bpmn:process>
</bpmn:definitions>`;
    const back = await fromBpmn(xml);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.graph.nodes.map((n) => `${n.id}:${n.kind}`)).toEqual([
      'Start_1:start',
      'Keur:task',
      'Groot:condition',
      'Dag:wait',
      'Eind:end',
    ]);
    const groot = back.graph.nodes.find((n) => n.id === 'Groot');
    expect(groot).toMatchObject({
      branches: [
        {
          id: 'c',
          label: 'Boven 1000',
          condition: { join: 'and', rules: [{ field: 'amount', operator: 'greater', value: 1000 }] },
        },
      ],
    });
    expect(
      back.graph.edges.map((e) => `${e.source}->${e.target}${e.sourceHandle ? `:${e.sourceHandle}` : ''}`),
    ).toEqual(['Start_1->Keur', 'Keur->Groot', 'Groot->Dag:c', 'Groot->Eind:default', 'Dag->Eind']);
  });
});
