import { describe, expect, it } from 'vitest';
import { coldStartTotal, DEFAULT_COLD_START, parseColdStartStages, withMitigations } from './coldStart';
import { Provisioner } from './lifecycle';

const stages = { node_s: 10, image_s: 5, weights_s: 3, warmup_s: 2 };

describe('cold start in stages', () => {
  it('walks a replica through node, image, weights and warm-up, ready after their sum', () => {
    const p = new Provisioner(4, 0, { stages, warm_nodes: 0, node_keep_warm_s: 600 });
    p.start(1, 0, 0); // asked for at the end of second 0: provisions from 1
    const seen: string[] = [];
    for (let t = 1; t <= 21; t++) {
      const ready = p.tick(t);
      seen.push(ready > 0 ? 'ready' : p.node ? 'node' : p.image ? 'image' : p.weights ? 'weights' : 'warmup');
    }
    expect(seen.indexOf('image')).toBe(10);
    expect(seen.indexOf('weights')).toBe(15);
    expect(seen.indexOf('warmup')).toBe(18);
    expect(seen.indexOf('ready')).toBe(20); // second 21 = 1 + 20
  });

  it('skips the node stage on a warm node: the pool while fewer nodes are in use, then a released node for a while', () => {
    const p = new Provisioner(8, 0, { stages, warm_nodes: 1, node_keep_warm_s: 60 });
    p.start(2, 0, 0); // the first takes the pool's node, the second needs a new one
    expect(p.tick(1)).toBe(0);
    expect([p.node, p.image]).toEqual([1, 1]);
    p.releaseNodes(1, 100); // a drained replica's node, warm until 160
    p.start(1, 120, 5);
    p.tick(121);
    expect([p.node, p.image]).toEqual([0, 1]);
    p.releaseNodes(1, 200);
    p.start(1, 300, 5); // too late: the node is gone
    p.tick(301);
    expect(p.node).toBe(1);
  });

  it('parses stages, keeps the rest, and the mitigations shorten them as documented', () => {
    expect(parseColdStartStages('image=30, weights=4')).toEqual({ ok: true, value: { node_s: 150, image_s: 30, weights_s: 4, warmup_s: 15 } });
    expect(coldStartTotal(DEFAULT_COLD_START.stages)).toBe(415);
    const mitigated = withMitigations(DEFAULT_COLD_START, ['image_streaming', 'hot_start', 'warm_pool']);
    expect(mitigated.stages).toEqual({ node_s: 150, image_s: 30, weights_s: 4, warmup_s: 15 });
    expect(mitigated.warm_nodes).toBe(2);
  });
});
