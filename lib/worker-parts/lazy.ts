/**
 * Stand-ins for a library's exports that reach the real ones only when used, so the worker's
 * code imports a library the same way whether it is bundled or a part (`./registry.ts`). The
 * real value is looked up once and kept.
 */
import { once } from '@/lib/once';

/** An object (a namespace, a catalogue) whose properties are read from `real()` when asked. */
export function lazyObject<T extends object>(lookUp: () => T): T {
  const real = once(lookUp);
  return new Proxy({} as T, {
    get: (_target, key) => Reflect.get(real(), key) as unknown,
    has: (_target, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      // A proxy may not report a property its (empty) target lacks as non-configurable.
      return descriptor && { ...descriptor, configurable: true };
    },
  });
}

type Constructor = abstract new (...args: never[]) => unknown;

/**
 * A class: `new`, its static members and `instanceof` reach `real()`. The target is an ordinary
 * function so that `new` is allowed on the proxy.
 */
export function lazyClass<C extends Constructor>(lookUp: () => C): C {
  const real = once(lookUp);
  return new Proxy(function standIn() {} as unknown as C, {
    // Built as the real class (its prototype), not as the stand-in.
    construct: (_target, args) =>
      Reflect.construct(real() as unknown as new (...a: unknown[]) => object, args),
    get: (_target, key) => Reflect.get(real(), key) as unknown,
    has: (_target, key) => Reflect.has(real(), key),
  });
}
