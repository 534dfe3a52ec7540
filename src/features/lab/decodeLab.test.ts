import { describe, expect, it } from 'vitest';
import { encodeLab } from '../../store/labLink';
import { toBase64Url } from '../../store/urlState';
import { decodeLab } from './decodeLab';
import { DEFAULT_LAB, lessonLoopPreset } from './labDefaults';

const link = (payload: unknown) => toBase64Url(JSON.stringify(payload));

describe('decodeLab', () => {
  it('reopens exactly what was encoded: defaults, the lesson preset, own points', () => {
    expect(decodeLab(encodeLab(DEFAULT_LAB))).toEqual({ ok: true, value: DEFAULT_LAB });
    const lesson = lessonLoopPreset();
    expect(decodeLab(encodeLab({ ...lesson, cursor: 90 }))).toEqual({ ok: true, value: { ...lesson, cursor: 90 } });
    const points = { ...DEFAULT_LAB, inputs: { ...DEFAULT_LAB.inputs, traffic: { kind: 'points' as const, profile: { points: [{ t: 0, rps: 5 }, { t: 120, rps: 60 }] } } } };
    expect(decodeLab(encodeLab(points))).toEqual({ ok: true, value: points });
  });

  it('keeps an imported policy\'s scale target through the link, so its export still points at the same workload', () => {
    const [first, ...rest] = DEFAULT_LAB.inputs.policies;
    const targeted = { ...DEFAULT_LAB, inputs: { ...DEFAULT_LAB.inputs, policies: [{ ...first!, target: { kind: 'Deployment', name: 'llama-server', namespace: 'inference' } }, ...rest] } };
    expect(decodeLab(encodeLab(targeted))).toEqual({ ok: true, value: targeted });
  });

  it('says where a tampered link is wrong', () => {
    const good = JSON.parse(Buffer.from(encodeLab(DEFAULT_LAB), 'base64url').toString('utf8')) as Record<string, unknown>;
    const problem = (payload: unknown) => {
      const decoded = decodeLab(link(payload));
      return decoded.ok ? 'ok' : decoded.errors.map((e) => `${e.path}: ${e.message}`).join(' | ');
    };
    expect(problem('not an object')).toMatch(/holds no Lab state/);
    expect(decodeLab('%%%').ok).toBe(false);
    expect(problem({ ...good, tr: { sc: 'tsunami' } })).toMatch(/^lab link traffic: "tsunami" is not a scenario/);
    expect(problem({ ...good, tr: { pts: [[0, 10], [0, 20]] } })).toMatch(/traffic point:3.*not after/);
    expect(problem({ ...good, p: [] })).toMatch(/1 to 5 policies/);
    expect(problem({ ...good, p: [{ name: 'x', config: { policy: 'hpa', min_replicas: 5, max_replicas: 2 } }] })).toMatch(/^lab link policies\[0\]/);
    expect(problem({ ...good, pl: { capacity: 0 } })).toMatch(/^lab link platform capacity/);
    expect(problem({ ...good, n: 10 ** 7 })).toMatch(/seconds/);
    expect(problem({ ...good, seed: -1 })).toMatch(/seed/);
  });

  it('clamps the cursor into the run', () => {
    const decoded = decodeLab(encodeLab({ ...DEFAULT_LAB, cursor: 10 ** 9 }));
    expect(decoded.ok && decoded.value.cursor).toBe(DEFAULT_LAB.inputs.seconds - 1);
  });
});
