import { describe, expect, it } from 'vitest';
import { connectionProblem } from '@shared/workflow';
import { edge, node } from './fixtures';

const graph = {
  nodes: [
    node('s', 'start'),
    node('t', 'task'),
    node('t2', 'task'),
    node('a', 'action'),
    node('a2', 'action'),
    node('c', 'condition', { branches: [{ id: 'b1', label: 'Ja', condition: { always: true } }] }),
    node('n', 'notify'),
    node('e', 'end'),
  ],
  edges: [edge('s', 't'), edge('t', 'a'), edge('c', 'e', 'b1'), edge('n', 'e')],
};
const problem = (source: string, target: string, sourceHandle?: string) =>
  connectionProblem(graph, { source, target, sourceHandle });

describe('valid connections', () => {
  it('let a task lead only to actions, and an action hang off one task', () => {
    expect(problem('t2', 'a2')).toBeNull();
    expect(problem('t2', 'e')).toBe('taskOnlyToActions');
    expect(problem('t2', 'a')).toBe('actionHasTask');
    expect(problem('s', 'a2')).toBe('actionOnlyFromTask');
    expect(problem('c', 'a2', 'default')).toBe('actionOnlyFromTask');
  });

  it('give actions, automations and the start one follow-up', () => {
    expect(problem('a', 't2')).toBeNull();
    expect(problem('s', 't2')).toBe('handleInUse');
    expect(problem('n', 't2')).toBe('handleInUse');
  });

  it('give each condition branch and its default one target', () => {
    expect(problem('c', 't2', 'default')).toBeNull();
    expect(problem('c', 't2', 'b1')).toBe('handleInUse');
    expect(problem('c', 't2', 'nope')).toBe('unknownBranch');
  });

  it('allow nothing into a start, out of an end, or onto itself', () => {
    expect(problem('a', 's')).toBe('intoStart');
    expect(problem('e', 't2')).toBe('fromEnd');
    expect(problem('t2', 't2')).toBe('selfLoop');
    expect(problem('x', 't2')).toBe('unknownNode');
  });
});
