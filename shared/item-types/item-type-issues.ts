import type { ItemType } from '../model/item-type';
import { issueBecause } from '../api/reasons';
import type { Issue } from '../model/parse';
import type { Workflow } from '../model/workflow';
import { workflowById } from '../workflow/queries';

/**
 * What is wrong with an item type as an administrator saved it (beyond its schema): field keys
 * unique, a choice with its list, and routes that name published workflows of this type for
 * values the routing field can take. Pure: the service adds what needs the items.
 */
export function itemTypeIssues(type: ItemType, workflows: readonly Workflow[]): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  type.fields.forEach((field, i) => {
    if (seen.has(field.key.toLowerCase())) issues.push(issueBecause(`fields[${i}].key`, 'fieldKeyTaken'));
    seen.add(field.key.toLowerCase());
    if (field.type !== 'choice') return;
    const options = field.options ?? [];
    if (!options.length) issues.push(issueBecause(`fields[${i}].options`, 'choiceWithoutOptions'));
    if (new Set(options).size !== options.length) issues.push(issueBecause(`fields[${i}].options`, 'optionTwice'));
  });
  const published = (id: string | undefined, path: string): Issue[] => {
    const workflow = workflowById(workflows, id);
    if (!id) return [];
    if (!workflow) return [issueBecause(path, 'doesNotExist', { thing: 'workflow', id })];
    if (workflow.itemTypeId !== type.id) return [issueBecause(path, 'notOfThisType', { name: workflow.name })];
    return workflow.versions.length ? [] : [issueBecause(path, 'notPublished', { name: workflow.name })];
  };
  issues.push(...published(type.workflowId, 'workflowId'));
  if (type.routing) issues.push(...routingIssues(type, published));
  return issues;
}

function routingIssues(type: ItemType, published: (id: string, path: string) => Issue[]): Issue[] {
  const routing = type.routing!;
  const field = type.fields.find((f) => f.key === routing.fieldKey);
  if (!field || field.type !== 'choice') return [issueBecause('routing.fieldKey', 'notAChoiceField')];
  const issues: Issue[] = [];
  const values = new Set<string>();
  routing.byValue.forEach((route, i) => {
    if (!field.options?.includes(route.value))
      issues.push(issueBecause(`routing.byValue[${i}].value`, 'notAValueOfField'));
    if (values.has(route.value)) issues.push(issueBecause(`routing.byValue[${i}].value`, 'routedAlready'));
    values.add(route.value);
    issues.push(...published(route.workflowId, `routing.byValue[${i}].workflowId`));
  });
  return issues;
}
