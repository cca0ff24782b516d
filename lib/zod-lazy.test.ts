import { expect, test, vi } from 'vitest';
import { z } from 'zod';
import { schemasOnFirstUse } from './zod-lazy';

test('the schemas are built once, when one of them first checks a value', () => {
  const build = vi.fn(() => ({
    count: z.number().int().min(0),
    name: z.string().min(1),
  }));
  const schema = schemasOnFirstUse(build);
  const count = schema('count');
  const name = schema('name');
  expect(build).not.toHaveBeenCalled();
  expect(count.safeParse(3).success).toBe(true);
  expect(count.safeParse(-1).success).toBe(false);
  expect(name.parse('Sapa')).toBe('Sapa');
  expect(() => name.parse('')).toThrow();
  expect(build).toHaveBeenCalledTimes(1);
});
