import { describe, expect, test, vi } from 'vitest';
import { z } from 'zod';
import { defineRequest } from './define';

describe('defineRequest', () => {
  test('a payload schema given as a function is built when a request first needs it, once', () => {
    const build = vi.fn(() => z.object({ count: z.number().int() }).strict());
    const definition = defineRequest<number>()('panel', build);
    expect(build).not.toHaveBeenCalled();
    expect(definition.access).toBe('panel');
    expect(definition.payload.safeParse({ count: 2 }).success).toBe(true);
    expect(definition.payload.safeParse({ count: 2.5 }).success).toBe(false);
    expect(definition.payload).toBe(definition.payload);
    expect(build).toHaveBeenCalledTimes(1);
  });

  test('a schema given as it is stays that schema', () => {
    const schema = z.object({}).strict();
    expect(defineRequest<null>()('dashboard', schema).payload).toBe(schema);
  });
});
