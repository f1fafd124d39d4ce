import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERATED_TYPES, typesOf } from '../api-client/types-of';
import { type ApiTestHost, startApiTestHost } from '../helpers/api-v1';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
let api: ApiTestHost;
let served: object;

beforeAll(async () => {
  api = await startApiTestHost(tempDir('api-v1-document'), tempDir('renderer'));
  served = (await api.call('GET', '/openapi.json', { token: null })).json();
});
afterAll(() => api.close());

describe('the OpenAPI document the host serves', () => {
  it('is valid OpenAPI 3.1 by the official schema (@seriousme/openapi-schema-validator)', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(served) as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('makes exactly the committed client types (else: run npm run api:client)', async () => {
    const committed = readFileSync(GENERATED_TYPES, 'utf8');
    const regenerated = await typesOf(served);
    expect(
      regenerated === committed,
      `${GENERATED_TYPES} is not what the served document makes: run npm run api:client`,
    ).toBe(true);
  });
});
