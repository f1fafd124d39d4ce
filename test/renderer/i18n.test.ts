import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '../helpers/i18n-resources';
import { areas } from '../../renderer/src/state/route';
import { NodeKinds, RecordEntities } from '@shared/model/workflow-nodes';
import { recordFields, RecordStoreEntities } from '@shared/records/fields';
import { findingMessages } from '@shared/workflow/findings';
import { repoRoot } from '../helpers/paths';

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
  );

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });

describe('UI strings', () => {
  const en = new Map(leaves(resources.en.translation as unknown as Tree));

  it.each(['nl', 'de'] as const)('%s has every string en has, none empty, nothing extra', (lang) => {
    const other = new Map(leaves(resources[lang].translation as unknown as Tree));
    expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, value] of other) expect(value.trim(), key).not.toBe('');
  });

  it('names every area, node kind, finding and record entity with its fields (keys the renderer builds at run time)', () => {
    const built = [
      ...areas.map((a) => `nav.${a}`),
      ...NodeKinds.flatMap((k) => [`design.kinds.${k}`, `design.kindHints.${k}`, `design.newTitles.${k}`]),
      ...Object.keys(findingMessages).map((c) => `findings.${c}`),
      ...RecordEntities.flatMap((e) => [`design.entities.${e}`, `records.tabs.${e}`]),
      ...RecordStoreEntities.flatMap((e) => [
        `records.entity.${e}`,
        ...recordFields[e].map((f) => `records.fields.${e}.${f.key}`),
      ]),
    ];
    expect(built.filter((k) => !en.has(k))).toEqual([]);
  });

  it('has every key the renderer asks for', () => {
    const used = new Set<string>();
    for (const file of sources(join(repoRoot, 'renderer/src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(30);
    const plural = (k: string) => en.has(`${k}_one`) && en.has(`${k}_other`);
    expect([...used].filter((k) => !en.has(k) && !plural(k))).toEqual([]);
  });
});
