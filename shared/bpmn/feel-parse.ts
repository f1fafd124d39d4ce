import type { Condition, Group, Operator, Rule } from '../model/condition';
import { Operators, unaryOperators } from '../model/condition';
import { conditionToFeel, ruleToFeel } from './feel';

/**
 * FEEL back into a condition, for the BPMN import: what `conditionToFeel` writes (each rule is found
 * by writing it again), and the simple comparisons Camunda Modeler users write by hand
 * (`amount > 1000`, `status = "Open"`, `kind != "x"`, `note = null`). Undefined when the condition
 * builder cannot hold it.
 */
export function feelToCondition(feel: string): Condition | undefined {
  const text = feel.trim().replace(/^=/, '').trim();
  if (text === 'true') return { always: true };
  const group = parseGroup(text);
  return group && conditionToFeel(group) !== undefined ? group : undefined;
}

/** Splits on a top-level joiner (outside parentheses and strings). */
function splitTop(text: string, joiner: 'and' | 'or'): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inString = false;
  let start = 0;
  const word = ` ${joiner} `;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && text.startsWith(word, i)) {
      parts.push(text.slice(start, i));
      start = i + word.length;
      i += word.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim());
}

/** Whether the whole text is one parenthesised expression. */
function wrapped(text: string): boolean {
  if (!text.startsWith('(') || !text.endsWith(')')) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0 && i < text.length - 1) return false;
  }
  return true;
}

function parseGroup(text: string): Group | undefined {
  for (const join of ['or', 'and'] as const) {
    const parts = splitTop(text, join);
    if (parts.length < 2) continue;
    const rules: (Rule | Group)[] = [];
    for (const part of parts) {
      const one = parsePart(part);
      if (!one) return undefined;
      rules.push(one);
    }
    return { join, rules };
  }
  const one = parsePart(text);
  if (!one) return undefined;
  return 'join' in one ? one : { join: 'and', rules: [one] };
}

function parsePart(part: string): Rule | Group | undefined {
  const rule = ourRule(part) ?? handWritten(part);
  if (rule) return rule;
  if (wrapped(part)) return parseGroup(part.slice(1, -1));
  return undefined;
}

const unquote = (s: string): string => JSON.parse(s.replace(/\\'/g, "'")) as string;

/** A rule as ruleToFeel writes it: the field and value are read, then the rule is written again to be sure. */
function ourRule(part: string): Rule | undefined {
  const field = part.match(/get value\(fields, ("(?:[^"\\]|\\.)*")\)/)?.[1];
  if (!field) return undefined;
  const name = unquote(field);
  const strings = [...part.matchAll(/"(?:[^"\\]|\\.)*"/g)].map((m) => unquote(m[0])).filter((s) => s !== name);
  const numbers = [...part.matchAll(/[<>] (-?\d+(?:\.\d+)?)\)/g)].map((m) => Number(m[1]));
  const candidates: Rule['value'][] = [undefined, ...strings, ...numbers];
  // Rules without a value first: "empty" writes what "equals ''" would.
  for (const value of candidates) {
    for (const operator of (Operators as readonly Operator[]).filter(
      (o) => unaryOperators.includes(o) === (value === undefined),
    )) {
      const rule: Rule = { field: name, operator, ...(value !== undefined ? { value } : {}) };
      if (ruleToFeel(rule) === part) return rule;
    }
  }
  return undefined;
}

/** `name op literal` as people write it in Camunda Modeler. */
function handWritten(part: string): Rule | undefined {
  const m = part.match(
    /^\(?\s*([A-Za-z_][A-Za-z0-9_]*)\s*(=|!=|>|<)\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|null|true|false)\s*\)?$/,
  );
  if (!m) return undefined;
  const [, field, op, raw] = m as unknown as [string, string, string, string];
  if (raw === 'null')
    return op === '=' ? { field, operator: 'empty' } : op === '!=' ? { field, operator: 'notEmpty' } : undefined;
  const value = raw.startsWith('"') ? unquote(raw) : raw === 'true' || raw === 'false' ? raw === 'true' : Number(raw);
  const operator: Operator = op === '=' ? 'equals' : op === '!=' ? 'notEquals' : op === '>' ? 'greater' : 'less';
  if ((operator === 'greater' || operator === 'less') && typeof value !== 'number') return undefined;
  return { field, operator, value };
}
