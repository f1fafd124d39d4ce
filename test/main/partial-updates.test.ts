import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { apiContract, apiMethods } from '@shared/api/contract';
import type { Settings } from '@shared/model';
import { useTempDirs } from '../helpers/temp-dir';
import { useTestApps } from '../helpers/test-apps';

const tempDir = useTempDirs();
const apps = useTestApps();

/** Paths in a schema where a field is optional but a default inside it fills it in when it is left out. */
function defaultsUnderOptional(schema: z.ZodType, path = ''): string[] {
  const def = schema.def as unknown as Record<string, unknown> & { type: string };
  const inner = (key: string) => def[key] as z.ZodType;
  switch (def.type) {
    case 'optional': {
      const here = inner('innerType').def.type === 'default' ? [path] : [];
      return [...here, ...defaultsUnderOptional(inner('innerType'), path)];
    }
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return defaultsUnderOptional(inner('innerType'), path);
    case 'pipe':
      return [...defaultsUnderOptional(inner('in'), path), ...defaultsUnderOptional(inner('out'), path)];
    case 'object': {
      const shape = Object.entries(def.shape as Record<string, z.ZodType>);
      return shape.flatMap(([k, v]) => defaultsUnderOptional(v, `${path}.${k}`));
    }
    case 'array':
      return defaultsUnderOptional(inner('element'), `${path}[]`);
    case 'record':
      return defaultsUnderOptional(inner('valueType'), `${path}{}`);
    case 'union':
      return (def.options as z.ZodType[]).flatMap((o) => defaultsUnderOptional(o, path));
    case 'lazy':
      return [];
    default:
      return [];
  }
}

describe('partial updates change only the fields given', () => {
  it('choosing Dark keeps the language and the webhook allowlist, also after a restart', async () => {
    const dir = tempDir();
    let app = await apps.open(dir);
    await app.dispatch('settings.update', { language: 'de', webhookAllowedHosts: ['crm.kantoor.lan'] });
    const dark = (await app.dispatch('settings.update', { theme: 'dark' })) as Settings;
    expect(dark).toMatchObject({ theme: 'dark', language: 'de', webhookAllowedHosts: ['crm.kantoor.lan'] });
    const english = (await app.dispatch('settings.update', { language: 'en' })) as Settings;
    expect(english).toMatchObject({ theme: 'dark', language: 'en', webhookAllowedHosts: ['crm.kantoor.lan'] });
    await apps.close(app);
    app = await apps.open(dir);
    expect(await app.dispatch('settings.get', {})).toMatchObject({
      theme: 'dark',
      language: 'en',
      webhookAllowedHosts: ['crm.kantoor.lan'],
    });
  });

  it('no method of the contract fills in a default for a field its caller left out of an optional part', () => {
    const leaks = apiMethods.flatMap((m) => defaultsUnderOptional(apiContract[m].input as z.ZodType).map((p) => m + p));
    expect(leaks).toEqual([]);
  });
});
