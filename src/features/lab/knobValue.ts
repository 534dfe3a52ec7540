/** Reading and replacing one knob of a config by its key path ("behavior.scale_down.stabilization_window_s"). Pure. */
import { pathSegments } from './configText';

export function knobValue(config: unknown, key: string): unknown {
  let node: unknown = config;
  for (const segment of pathSegments(key)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** A copy of the config with the knob at `key` set (objects and arrays on the way are copied, missing ones made); undefined removes it. */
export function withKnob<T>(config: T, key: string, value: unknown): T {
  const segments = pathSegments(key);
  const set = (node: unknown, i: number): unknown => {
    if (i === segments.length) return value;
    const segment = segments[i]!;
    if (typeof segment === 'number') {
      const list = Array.isArray(node) ? [...(node as unknown[])] : [];
      list[segment] = set(list[segment], i + 1);
      return list;
    }
    const object = typeof node === 'object' && node !== null && !Array.isArray(node) ? { ...(node as Record<string, unknown>) } : {};
    const next = set(object[segment], i + 1);
    if (next === undefined) delete object[segment];
    else object[segment] = next;
    return object;
  };
  return set(config, 0) as T;
}
