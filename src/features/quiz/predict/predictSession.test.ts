import { describe, expect, it } from 'vitest';
import { LESSON_SCENARIO, scenarioFromSeed } from '../../../quiz';
import { simulate, stepAt } from '../../../engine';
import {
  isFinished, predictQuestionAt, predictReducer, predictionResult, predictionText, resultAt, scoreText, sessionScore,
  predictRunOf, resumePredict, startSession, withResult,
} from './predictSession';

const question = (step: number) => {
  const found = predictQuestionAt(LESSON_SCENARIO, step);
  if (!found) throw new Error(`no question for step ${step}`);
  return found;
};

describe('predictQuestionAt', () => {
  it('asks about the given step of the lesson, with the engine\'s answer', () => {
    expect(question(3).step).toBe(3);
    expect(question(3).answer).toEqual({ action: 'scale_up', instances: 2 });
  });

  it('is undefined outside the trace', () => {
    expect(predictQuestionAt(LESSON_SCENARIO, 0)).toBeUndefined();
    expect(predictQuestionAt(LESSON_SCENARIO, 7)).toBeUndefined();
  });

  it('matches a fresh engine run for every step of seeded scenarios', () => {
    for (const seed of [1, 2, 3, 11, 42]) {
      const scenario = scenarioFromSeed(seed);
      const trace = simulate(scenario);
      for (let step = 1; step <= trace.length; step++) {
        const s = stepAt(trace, step - 1);
        expect(predictQuestionAt(scenario, step)?.answer).toEqual({ action: s.action, instances: s.instancesAfter });
      }
    }
  });
});

describe('predictionResult', () => {
  it('marks a right prediction right', () => {
    const result = predictionResult(question(1), { action: 'none', instances: 1 });
    expect(result.outcome).toBe('right');
    expect(result.predicted).toEqual({ action: 'none', instances: 1 });
  });

  it('says why a wrong prediction is wrong, from the engine', () => {
    const result = predictionResult(question(3), { action: 'none', instances: 1 });
    expect(result.outcome).toBe('wrong');
    expect(result.feedback).toContain('load 120 is greater than the upper threshold 100');
    expect(result.expected).toBe('scale up, 2 instances after');
  });

  it('records a reveal without a prediction as a miss that still explains the step', () => {
    const result = predictionResult(question(6));
    expect(result.outcome).toBe('revealed');
    expect(result.predicted).toBeUndefined();
    expect(result.feedback).toMatch(/^Revealed without a prediction \(counted as a miss\)\. Step 6 ends with 1 instance/);
    expect(result.expected).toBe('scale down, 1 instance after');
  });
});

describe('the session', () => {
  it('reveals one step per result and keeps a running score', () => {
    let session = startSession(6);
    session = withResult(session, predictionResult(question(1), { action: 'none', instances: 1 }));
    session = withResult(session, predictionResult(question(2), { action: 'none', instances: 1 }));
    session = withResult(session, predictionResult(question(3), { action: 'none', instances: 1 }));
    session = withResult(session, predictionResult(question(4)));
    expect(session.revealed).toBe(4);
    expect(sessionScore(session)).toEqual({ right: 2, total: 4 });
    expect(scoreText(sessionScore(session))).toBe('2 of 4 right');
    expect(resultAt(session, 3)?.outcome).toBe('wrong');
    expect(resultAt(session, 5)).toBeUndefined();
    expect(isFinished(session)).toBe(false);
  });

  it('ignores a result for any step but the next one, and stops at the end', () => {
    const one = withResult(startSession(1), predictionResult(question(1), { action: 'none', instances: 1 }));
    expect(withResult(startSession(6), predictionResult(question(2)))).toEqual(startSession(6));
    expect(isFinished(one)).toBe(true);
    expect(withResult(one, predictionResult(question(2)))).toBe(one);
  });

  it('restarts through the reducer', () => {
    const played = predictReducer(startSession(6), { type: 'result', result: predictionResult(question(1)) });
    expect(played.revealed).toBe(1);
    expect(predictReducer(played, { type: 'restart', steps: 8 })).toEqual(startSession(8));
  });

  it('writes predictions the way the table shows them', () => {
    expect(predictionText({ action: 'scale_down', instances: 3 })).toBe('Scale down, 3');
  });
});

describe('a Predict run kept on the device', () => {
  it('comes back with its predictions graded again, on the same scenario only', () => {
    let session = startSession(6);
    session = withResult(session, predictionResult(question(1), { action: 'none', instances: 1 }));
    session = withResult(session, predictionResult(question(2), { action: 'scale_up', instances: 2 }));
    session = withResult(session, predictionResult(question(3)));
    const run = JSON.parse(JSON.stringify(predictRunOf(session, LESSON_SCENARIO)));
    expect(resumePredict(run, LESSON_SCENARIO)).toEqual(session);
    const other = scenarioFromSeed(3);
    expect(resumePredict(run, other)).toEqual(startSession(other.loads.length));
    expect(resumePredict(null, LESSON_SCENARIO)).toEqual(startSession(6));
  });
});
