import { describe, expect, it } from 'vitest';
import { locatePath, parseConfigText, pathSegments } from './configText';

describe('config text', () => {
  it('splits validator paths into keys and indices', () => {
    expect(pathSegments('behavior.scale_up.policies[0].value')).toEqual(['behavior', 'scale_up', 'policies', 0, 'value']);
    expect(pathSegments('metrics[1]')).toEqual(['metrics', 1]);
  });

  it('reads JSON and YAML alike and reports a syntax problem at its line', () => {
    expect(parseConfigText('{"policy": "hpa", "min_replicas": 2}')).toEqual({ ok: true, value: { policy: 'hpa', min_replicas: 2 } });
    expect(parseConfigText('policy: hpa\nmin_replicas: 2\n')).toEqual({ ok: true, value: { policy: 'hpa', min_replicas: 2 } });
    const bad = parseConfigText('policy: hpa\n  min_replicas: [2\n');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]!.path).toMatch(/^line \d+:\d+$/);
  });

  it('finds the value a path points at, in YAML and in JSON', () => {
    const yaml = 'policy: hpa\nbehavior:\n  scale_up:\n    policies:\n      - type: Pods\n        value: -4\n';
    expect(locatePath(yaml, { path: 'behavior.scale_up.policies[0].value', message: '', hint: '' })).toMatchObject({ line: 6, column: 16 });
    const json = '{\n  "policy": "hpa",\n  "min_replicas": -1\n}';
    expect(locatePath(json, { path: 'min_replicas', message: '', hint: '' })).toMatchObject({ line: 3, column: 19 });
    expect(locatePath(json, { path: 'nowhere.deep', message: '', hint: '' })).toMatchObject({ line: 1 });
  });
});
