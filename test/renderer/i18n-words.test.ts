import { describe, expect, it } from 'vitest';
import { IssueReasonKeys, ReasonKeys, Things } from '@shared/api/reasons';
import { resources } from '../helpers/i18n-resources';

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
  );
const strings = (lang: 'nl' | 'en' | 'de') => new Map(leaves(resources[lang].translation as unknown as Tree));

/** English words that give away an untranslated text (whole words, case-insensitive). */
const ENGLISH = [
  'the',
  'is',
  'are',
  'not',
  'with',
  'this',
  'that',
  'there',
  'which',
  'could',
  'cannot',
  'please',
  'first',
  'only',
  'from',
  'your',
  'you',
  'should',
  'failed',
  'refused',
  'error',
  'missing',
  'found',
  'invalid',
];
/** Words nl and de share with English, or product terms, where one of the above is meant. */
const ALLOWED: Record<'nl' | 'de', RegExp[]> = { nl: [/\bis\b/gi], de: [/\bin\b/gi] };
const englishIn = (lang: 'nl' | 'de', value: string): string[] => {
  const text = ALLOWED[lang].reduce((s, re) => s.replace(re, ''), value.replace(/\{\{\w+\}\}/g, ''));
  return ENGLISH.filter((w) => new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'iu').test(text));
};

describe('UI strings in every language', () => {
  it.each(['nl', 'de'] as const)('%s translates every reason the server can give (no English fallback)', (lang) => {
    const en = strings('en');
    const other = strings(lang);
    const keys = [
      ...ReasonKeys.map((k) => `serverErrors.${k}`),
      ...IssueReasonKeys.map((k) => `serverErrors.issues.${k}`),
      ...Things.map((k) => `serverErrors.things.${k}`),
    ];
    expect(keys.filter((k) => !other.has(k) || !en.has(k))).toEqual([]);
    // A sentence the same as the English is one nobody translated (a single word may be shared: "workflow").
    expect(keys.filter((k) => other.get(k) === en.get(k) && en.get(k)!.includes(' '))).toEqual([]);
  });

  it.each(['nl', 'de'] as const)('%s has no tell-tale English words left', (lang) => {
    const found = [...strings(lang)].flatMap(([key, value]) =>
      englishIn(lang, value).map((w) => `${key}: "${w}" in ${value}`),
    );
    expect(found).toEqual([]);
  });

  it.each(['nl', 'en', 'de'] as const)('%s: every count is a plural (_one and _other), each with its pair', (lang) => {
    const all = strings(lang);
    const counted = [...all]
      .filter(([key, value]) => value.includes('{{count}}') && !/_(one|other)$/.test(key))
      .map(([k]) => k);
    expect(counted).toEqual([]);
    const unpaired = [...all.keys()].filter((k) => /_one$/.test(k) && !all.has(k.replace(/_one$/, '_other')));
    expect(unpaired).toEqual([]);
  });

  it('speaks to the user as "je" in Dutch and as "Sie" in German', () => {
    // "{{tracked}} u" is an hour (uur), not the formal you.
    const nl = [...strings('nl')]
      .filter(([, v]) => /(^|[^\p{L}])(u|uw|U|Uw)([^\p{L}]|$)/u.test(v.replace(/\}\} u\b/g, '}}')))
      .map(([k]) => k);
    expect(nl).toEqual([]);
    const de = [...strings('de')].filter(([, v]) =>
      /(^|[^\p{L}])(du|dein|deine|dich|dir|Du|Dein|Deine|Dich|Dir)([^\p{L}]|$)/u.test(v),
    );
    expect(de.map(([k]) => k)).toEqual([]);
  });
});
