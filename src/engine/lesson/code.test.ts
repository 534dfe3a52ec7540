import { describe, expect, it } from 'vitest';
import { codeListing } from './code';
import { LESSON_CONFIG, LESSON_LOADS, TARGET_TRACKING_DEFAULTS } from './config';

describe('codeListing: the guard on max_servers only where it can bind', () => {
  it("writes the lesson's loop as the lesson does while the maximum cannot bind", () => {
    expect(codeListing(LESSON_CONFIG, LESSON_LOADS)[3]).toBe('    if load > 100:');
    expect(codeListing(LESSON_CONFIG, LESSON_LOADS)[4]).toBe('        instances += 1');
  });

  it('adds "and instances < max" once the loads could push past the maximum', () => {
    const listing = codeListing({ ...LESSON_CONFIG, max_servers: 2 }, [150, 150, 150]);
    expect(listing[3]).toBe('    if load > 100 and instances < 2:');
    expect(listing[4]).toBe('        instances += 1');
  });

  it('clamps a bigger step only when it can overshoot', () => {
    expect(codeListing({ ...LESSON_CONFIG, scale_step: 2 }, [150])[4]).toBe('        instances += 2');
    expect(codeListing({ ...LESSON_CONFIG, scale_step: 2, max_servers: 4 }, [150, 150])[4]).toBe('        instances = min(instances + 2, 4)');
    expect(codeListing({ ...LESSON_CONFIG, scale_step: 2, max_servers: 4 }, [150, 150])[3]).toBe('    if load > 100 and instances < 4:');
  });

  it('never elides the list to hide a single value', () => {
    expect(codeListing(LESSON_CONFIG, [1, 2, 3, 4, 5, 6, 7, 8, 9])[0]).toBe('requests = [1, 2, 3, 4, 5, 6, 7, 8, 9]');
    const long = Array.from({ length: 40 }, (_, i) => i);
    expect(codeListing(TARGET_TRACKING_DEFAULTS, long)[1]).toBe('requests = [0, 1, 2, 3, 4, 5, 6, 7, ...]  # 40 steps');
  });
});
