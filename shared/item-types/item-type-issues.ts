import type { ItemType } from '../model/item-type';
import type { Issue } from '../model/parse';
import type { Workflow } from '../model/workflow';

/**
 * What is wrong with an item type as an administrator saved it (beyond its schema): field keys
 * unique, a choice with its list, and routes that name published workflows of this type for
 * values the routing field can take. Pure: the service adds what needs the items.
 */
export function itemTypeIssues(type: ItemType, workflows: readonly Workflow[]): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  type.fields.forEach((field, i) => {
    if (seen.has(field.key.toLowerCase())) issues.push({ path: `fields[${i}].key`, message: 'is used by another field' });
    seen.add(field.key.toLowerCase());
    if (field.type !== 'choice') return;
    const options = field.options ?? [];
    if (!options.length) issues.push({ path: `fields[${i}].options`, message: 'a choice needs at least one value' });
    if (new Set(options).size !== options.length) issues.push({ path: `fields[${i}].options`, message: 'holds a value twice' });
  });
  const published = (id: string | undefined, path: string): Issue[] => {
    const workflow = workflows.find((w) => w.id === id);
    if (!id) return [];
    if (!workflow) return [{ path, message: `workflow "${id}" does not exist` }];
    if (workflow.itemTypeId !== type.id) return [{ path, message: `“${workflow.name}” is not a workflow of this type` }];
    return workflow.versions.length ? [] : [{ path, message: `“${workflow.name}” is not published` }];
  };
  issues.push(...published(type.workflowId, 'workflowId'));
  if (type.routing) issues.push(...routingIssues(type, published));
  return issues;
}

function routingIssues(type: ItemType, published: (id: string, path: string) => Issue[]): Issue[] {
  const routing = type.routing!;
  const field = type.fields.find((f) => f.key === routing.fieldKey);
  if (!field || field.type !== 'choice') return [{ path: 'routing.fieldKey', message: 'is not a choice field of this type' }];
  const issues: Issue[] = [];
  const values = new Set<string>();
  routing.byValue.forEach((route, i) => {
    if (!field.options?.includes(route.value)) issues.push({ path: `routing.byValue[${i}].value`, message: 'is not a value of the field' });
    if (values.has(route.value)) issues.push({ path: `routing.byValue[${i}].value`, message: 'has a route already' });
    values.add(route.value);
    issues.push(...published(route.workflowId, `routing.byValue[${i}].workflowId`));
  });
  return issues;
}
