import { describe, expect, it } from 'vitest';
import { checkTimeRun, simulateTime, type TimeTrace } from '../../../engine/time';
import type { LabInputs } from '../../../store/labLink';
import { encodeLab } from '../../../store/labLink';
import { decodeLab } from '../decodeLab';
import { PITFALLS } from './pitfalls';
import { labRunInput } from './runInput';

function run(inputs: LabInputs): TimeTrace {
  const checked = checkTimeRun(labRunInput(inputs));
  if (!checked.ok) throw new Error(checked.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  const [trace] = simulateTime(checked.value);
  return trace!;
}

describe('the LLM pitfalls, judged by the engine', () => {
  it.each(PITFALLS.map((p) => [p.id, p] as const))('%s: the problem shows in the setup and the fix cures it', (_, pitfall) => {
    const before = pitfall.problem(run(pitfall.setup), pitfall.setup);
    const after = pitfall.cured(run(pitfall.fixed), pitfall.fixed);
    expect(before.holds, before.text).toBe(true);
    expect(after.holds, after.text).toBe(true);
    // the other way round the claims do not hold: each verdict tells the two runs apart
    expect(pitfall.problem(run(pitfall.fixed), pitfall.fixed).holds).toBe(false);
    expect(pitfall.cured(run(pitfall.setup), pitfall.setup).holds).toBe(false);
  }, 60_000);

  it('each setup and fix is a complete Lab setup that a link carries', () => {
    for (const pitfall of PITFALLS) {
      for (const inputs of [pitfall.setup, pitfall.fixed]) {
        const decoded = decodeLab(encodeLab({ inputs, cursor: 0 }));
        expect(decoded.ok && decoded.value.inputs).toEqual(inputs);
      }
    }
  });
});
