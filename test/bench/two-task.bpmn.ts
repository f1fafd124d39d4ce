/**
 * The engine benchmark's process in BPMN 2.0 for bpmn-engine: start → user task → exclusive
 * gateway with two flows (the task's two actions) → user task → gateway → end.
 */
const gateway = (id: string, from: string, to: string) => `
    <exclusiveGateway id="${id}" default="${id}-other" />
    <sequenceFlow id="${id}-in" sourceRef="${from}" targetRef="${id}" />
    <sequenceFlow id="${id}-first" sourceRef="${id}" targetRef="${to}">
      <conditionExpression xsi:type="tFormalExpression">\${environment.variables.first}</conditionExpression>
    </sequenceFlow>
    <sequenceFlow id="${id}-other" sourceRef="${id}" targetRef="${to}" />`;

export const twoTaskBpmn = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="bench" targetNamespace="http://stroomlijn.example/bench">
  <process id="twoTasks" isExecutable="true">
    <startEvent id="s" />
    <sequenceFlow id="f1" sourceRef="s" targetRef="t1" />
    <userTask id="t1" name="Controleren" />${gateway('g1', 't1', 't2')}
    <userTask id="t2" name="Versturen" />${gateway('g2', 't2', 'e')}
    <endEvent id="e" />
  </process>
</definitions>`;
