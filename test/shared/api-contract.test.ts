import { describe, expect, it } from 'vitest';
import { apiContract, apiMethods, ApiError, createApiClient, isApiMethod } from '@shared/api';

describe('API contract', () => {
  it('lists every method with input and output schemas', () => {
    expect(apiMethods.length).toBeGreaterThan(0);
    for (const m of apiMethods) {
      expect(apiContract[m].input.safeParse).toBeTypeOf('function');
      expect(apiContract[m].output.safeParse).toBeTypeOf('function');
    }
    expect(isApiMethod('directory.get')).toBe(true);
    expect(isApiMethod('toString')).toBe(false);
  });

  it('carries ApiErrors through their body intact', () => {
    const e = new ApiError('invalid_input', 'bad', [{ path: 'entry.email', message: 'is not a valid e-mail address' }]);
    const back = ApiError.fromBody(JSON.parse(JSON.stringify(e.toBody())));
    expect(back).toBeInstanceOf(ApiError);
    expect(back).toMatchObject({ code: 'invalid_input', message: 'bad', issues: e.issues });
  });

  it('the client passes method and input to its transport, {} when input is left out', async () => {
    const calls: unknown[] = [];
    const client = createApiClient(async (method, input) => {
      calls.push([method, input]);
      return { removed: true };
    });
    await client.call('directory.remove', { kind: 'users', id: 'u1' });
    await client.call('directory.get');
    expect(calls).toEqual([
      ['directory.remove', { kind: 'users', id: 'u1' }],
      ['directory.get', {}],
    ]);
  });
});
