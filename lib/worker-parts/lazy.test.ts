import { describe, expect, test, vi } from 'vitest';
import { lazyClass, lazyObject } from './lazy';

class Counter {
  static readonly START = 10;
  constructor(public value: number) {}
  next(): number {
    return this.value + 1;
  }
}

describe('lazyClass', () => {
  test('reaches the real class only when used, and then behaves as it', () => {
    const real = vi.fn(() => Counter);
    const StandIn = lazyClass(real);
    expect(real).not.toHaveBeenCalled();
    const made = new StandIn(Counter.START);
    expect(made.next()).toBe(11);
    expect(made).toBeInstanceOf(Counter);
    expect(made).toBeInstanceOf(StandIn);
    expect(StandIn.START).toBe(10);
  });
});

describe('lazyObject', () => {
  test('reads, lists and tests the real object’s properties on demand', () => {
    const real = vi.fn(() => ({ 'error.invalid': 'Tidak sah', 'app.name': 'Sapa' }));
    const catalogue = lazyObject(real);
    expect(real).not.toHaveBeenCalled();
    expect(catalogue['error.invalid']).toBe('Tidak sah');
    expect('app.name' in catalogue).toBe(true);
    expect('missing' in catalogue).toBe(false);
    expect(Object.keys(catalogue)).toEqual(['error.invalid', 'app.name']);
    expect({ ...catalogue }).toEqual({ 'error.invalid': 'Tidak sah', 'app.name': 'Sapa' });
  });
});
