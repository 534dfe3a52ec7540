import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RingQueue } from './ringQueue';

describe('RingQueue', () => {
  it('gives back what was pushed, first in first out, through any mix of pushes, shifts and growth', () => {
    const op = fc.oneof(fc.record({ push: fc.double({ noNaN: true }) }), fc.constant({ shift: true as const }), fc.constant({ clear: true as const }));
    fc.assert(fc.property(fc.integer({ min: 1, max: 8 }), fc.array(op, { maxLength: 300 }), (capacity, ops) => {
      const queue = new RingQueue(capacity);
      const model: number[] = [];
      for (const o of ops) {
        if ('push' in o) { queue.push(o.push); model.push(o.push); }
        else if ('clear' in o) { queue.clear(); model.length = 0; }
        else if (model.length > 0) { expect(queue.peek()).toBe(model[0]); expect(queue.shift()).toBe(model.shift()); }
        expect(queue.length).toBe(model.length);
      }
      while (model.length > 0) expect(queue.shift()).toBe(model.shift());
    }));
  });
});
