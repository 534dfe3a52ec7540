import { describe, expect, it } from 'vitest';
import { LESSON_CONFIG, LIMITS, TARGET_TRACKING_DEFAULTS } from './config';
import {
  nearestKey, parseConfigText, validateConfig, validateLoads,
  type Result, type ValidationError,
} from './validate';
import { parseLoadsText } from './loadsText';

/** The errors of a result that must have failed. */
function errorsOf<T>(result: Result<T>): readonly ValidationError[] {
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.value)}`);
  return result.errors;
}

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result.value;
}

const errorAt = (input: unknown, path: string) => errorsOf(validateConfig(input)).find((e) => e.path === path);

describe('validateConfig: the lesson\'s common mistakes', () => {
  it('says min_servers and max_servers look swapped', () => {
    const error = errorAt({ min_servers: 6, max_servers: 2 }, 'min_servers');
    expect(error?.message).toBe('min_servers (6) is greater than max_servers (2)');
    expect(error?.hint).toContain('look swapped');
    expect(error?.hint).toContain('"min_servers": 2, "max_servers": 6');
  });

  it('reads target_utilization 60 as a percentage: did you mean 0.6?', () => {
    const error = errorAt({ policy: 'target_tracking', target_utilization: 60 }, 'target_utilization');
    expect(error?.hint).toContain('did you mean 0.6?');
    expect(errorAt({ target_utilization: 75 }, 'target_utilization')?.hint).toContain('did you mean 0.75?');
  });

  it('rejects a target_utilization of 0, below 0 or above 100', () => {
    expect(errorAt({ target_utilization: 0 }, 'target_utilization')?.message).toContain('must be above 0');
    expect(errorAt({ target_utilization: -0.5 }, 'target_utilization')?.message).toContain('cannot be negative');
    expect(errorAt({ target_utilization: 150 }, 'target_utilization')?.message).toContain('too large');
  });

  it('accepts target_utilization 1 (100 %) and a tiny positive one', () => {
    expect(validateConfig({ target_utilization: 1 }).ok).toBe(true);
    expect(validateConfig({ target_utilization: 0.01 }).ok).toBe(true);
  });

  it('wants lower_threshold below upper_threshold', () => {
    const equal = errorAt({ upper_threshold: 50, lower_threshold: 50 }, 'lower_threshold');
    expect(equal?.message).toBe('lower_threshold (50) must be below upper_threshold (50)');
    expect(equal?.hint).toContain('flaps');
    expect(errorAt({ upper_threshold: 20, lower_threshold: 100 }, 'lower_threshold')?.hint).toContain('look swapped');
  });

  it('suggests the nearest known key for an unknown one', () => {
    const error = errorAt({ scale_up_threshold: 150 }, 'scale_up_threshold');
    expect(error?.message).toBe('Unknown key "scale_up_threshold"');
    expect(error?.hint).toContain('upper_threshold');
    expect(errorAt({ uper_threshold: 150 }, 'uper_threshold')?.hint).toBe('did you mean "upper_threshold"?');
    expect(errorAt({ 'Max-Servers': 3 }, 'Max-Servers')?.hint).toBe('did you mean "max_servers"?');
    expect(errorAt({ banana: 1 }, 'banana')?.hint).toContain('known keys: policy, min_servers');
  });

  it('never suggests an Object.prototype member for keys like "constructor"', () => {
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(nearestKey(key)).toBeUndefined();
      const input: unknown = JSON.parse(`{"${key}": 1}`);
      expect(errorAt(input, key)?.hint).toContain('known keys');
    }
  });
});

describe('validateConfig: numbers', () => {
  it.each([
    ['min_servers', 1.5, 'must be a whole number, got 1.5'],
    ['max_servers', 2.25, 'must be a whole number'],
    ['initial_servers', 1.1, 'must be a whole number'],
    ['scale_step', 0.5, 'must be a whole number'],
    ['min_servers', -1, 'cannot be negative, got -1'],
    ['upper_threshold', -10, 'cannot be negative'],
    ['capacity_per_server', -3, 'cannot be negative'],
    ['tolerance', -0.1, 'cannot be negative'],
    ['min_servers', 0, 'must be at least 1, got 0'],
    ['scale_step', 0, 'must be at least 1'],
    ['capacity_per_server', 0, 'must be above 0'],
    ['max_servers', LIMITS.maxServers + 1, `the most this app accepts is ${LIMITS.maxServers}`],
    ['upper_threshold', 1e12, 'too large'],
    ['capacity_per_server', 1e12, 'too large'],
    ['tolerance', 1, 'too large'],
    ['min_servers', Number.NaN, 'must be a finite number, got NaN'],
    ['upper_threshold', Number.POSITIVE_INFINITY, 'must be a finite number, got Infinity'],
    ['lower_threshold', Number.NEGATIVE_INFINITY, 'must be a finite number, got -Infinity'],
    ['min_servers', 'two', 'must be a number, got the text "two"'],
    ['min_servers', '2', 'must be a number, not text'],
    ['upper_threshold', null, 'must be a number, got null'],
    ['upper_threshold', true, 'must be a number, got true'],
    ['upper_threshold', [100], 'must be a number, got a list'],
    ['upper_threshold', { value: 100 }, 'must be a number, got an object'],
  ] as const)('%s = %s: %s', (key, value, message) => {
    const error = errorAt({ [key]: value }, key);
    expect(error?.message).toContain(message);
    expect(error?.hint).not.toBe('');
  });

  it('tells how to fix a number given as text', () => {
    expect(errorAt({ max_servers: ' 5 ' }, 'max_servers')?.hint).toBe('remove the quotes: 5');
  });

  it('suggests a whole number of servers', () => {
    expect(errorAt({ max_servers: 2.6 }, 'max_servers')?.hint).toContain('try 3');
    expect(errorAt({ min_servers: 0.2 }, 'min_servers')?.hint).toContain('try 1');
  });

  it('reports every problem, each at its path', () => {
    const errors = errorsOf(validateConfig({ min_servers: 'x', upper_threshold: -1, scale_step: 1.5, typo_key: 1 }));
    expect(errors.map((e) => e.path).sort()).toEqual(['min_servers', 'scale_step', 'typo_key', 'upper_threshold']);
  });

  it('keeps initial_servers within min and max', () => {
    expect(errorAt({ min_servers: 2, max_servers: 4, initial_servers: 5 }, 'initial_servers')?.hint).toBe('try 4');
    expect(errorAt({ min_servers: 2, max_servers: 4, initial_servers: 1 }, 'initial_servers')?.hint).toBe('try 2');
  });
});

describe('validateConfig: defaults and partial configs', () => {
  it('an empty object is the lesson\'s config', () => {
    expect(valueOf(validateConfig({}))).toEqual(LESSON_CONFIG);
  });

  it('{"upper_threshold": 150} is complete, with the lesson\'s other values', () => {
    expect(valueOf(validateConfig({ upper_threshold: 150 }))).toEqual({ ...LESSON_CONFIG, upper_threshold: 150 });
  });

  it('initial_servers defaults to min_servers, and max follows a larger min', () => {
    expect(valueOf(validateConfig({ min_servers: 3 }))).toMatchObject({ min_servers: 3, initial_servers: 3, max_servers: 10 });
    expect(valueOf(validateConfig({ min_servers: 20 }))).toMatchObject({ min_servers: 20, initial_servers: 20, max_servers: 20 });
  });

  it('the complete lesson config validates to itself', () => {
    expect(valueOf(validateConfig({ ...LESSON_CONFIG }))).toEqual(LESSON_CONFIG);
  });

  it('a target-tracking config fills its own defaults', () => {
    expect(valueOf(validateConfig({ policy: 'target_tracking' }))).toEqual(TARGET_TRACKING_DEFAULTS);
    expect(valueOf(validateConfig({ min_servers: 2, max_servers: 6, target_utilization: 0.6 }))).toEqual({
      ...TARGET_TRACKING_DEFAULTS, min_servers: 2, max_servers: 6, initial_servers: 2,
    });
  });
});

describe('validateConfig: the policy', () => {
  it('is inferred from the keys when not given', () => {
    expect(valueOf(validateConfig({ target_utilization: 0.7 })).policy).toBe('target_tracking');
    expect(valueOf(validateConfig({ capacity_per_server: 10 })).policy).toBe('target_tracking');
    expect(valueOf(validateConfig({ tolerance: 0.1 })).policy).toBe('target_tracking');
    expect(valueOf(validateConfig({ scale_step: 2 })).policy).toBe('threshold');
    expect(valueOf(validateConfig({ min_servers: 2 })).policy).toBe('threshold');
  });

  it('must be one of the two names', () => {
    const error = errorAt({ policy: 'step_scaling' }, 'policy');
    expect(error?.message).toBe('policy must be "threshold" or "target_tracking", got the text "step_scaling"');
    expect(errorAt({ policy: 3 }, 'policy')).toBeDefined();
  });

  it('flags keys that belong to the other policy', () => {
    const onThreshold = errorAt({ policy: 'threshold', target_utilization: 0.6 }, 'target_utilization');
    expect(onThreshold?.message).toContain('belongs to the target_tracking policy');
    expect(onThreshold?.hint).toContain('"target_tracking"');
    const onTracking = errorAt({ policy: 'target_tracking', upper_threshold: 100 }, 'upper_threshold');
    expect(onTracking?.message).toContain('belongs to the threshold policy');
  });

  it('with keys of both policies and no policy, keeps threshold and flags the others', () => {
    const errors = errorsOf(validateConfig({ upper_threshold: 100, target_utilization: 0.6 }));
    expect(errors.map((e) => e.path)).toEqual(['target_utilization']);
  });
});

describe('validateConfig: whole documents', () => {
  it.each([null, 42, 'text', true, [1, 2], undefined])('rejects %j with one error at the root', (input) => {
    const errors = errorsOf(validateConfig(input));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe('');
    expect(errors[0]!.message).toMatch(/^The config must be a JSON object/);
  });
});

describe('parseConfigText', () => {
  it('parses and validates JSON text', () => {
    expect(valueOf(parseConfigText('{"upper_threshold": 150}'))).toMatchObject({ policy: 'threshold', upper_threshold: 150 });
    expect(errorsOf(parseConfigText('{"min_servers": 5, "max_servers": 1}'))[0]!.hint).toContain('look swapped');
  });

  it('turns a syntax error into one error at the root, with line and column when known', () => {
    const errors = errorsOf(parseConfigText('{\n  "min_servers": 1\n  "max_servers": 3\n}'));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe('');
    expect(errors[0]!.message).toMatch(/^The config is not valid JSON: /);
    expect(errors[0]!.message).toContain('line 3');
    expect(errors[0]!.hint).toBe('check for a missing comma, quote or brace');
  });

  it('calls a trailing comma a trailing comma, not a missing one', () => {
    const errors = errorsOf(parseConfigText('{\n  "min_servers": 1,\n}'));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toBe('The config is not valid JSON: a comma after the last entry (line 2, column 19)');
    expect(errors[0]!.hint).toBe('remove the comma after the last entry: JSON allows none there');
    expect(errorsOf(parseConfigText('{"a": [1, 2,]}'))[0]!.message).toContain('a comma after the last entry');
  });

  it('refuses a key written twice, at that key, rather than silently taking the last', () => {
    const errors = errorsOf(parseConfigText('{\n  "max_servers": 5,\n  "min_servers": 1,\n  "max_servers": 2\n}'));
    expect(errors).toEqual([{
      path: 'max_servers',
      message: 'max_servers is written twice (lines 2 and 4); JSON would silently keep only the last one',
      hint: 'keep one of them',
    }]);
    // the same name in two different objects is no duplicate
    expect(JSON.stringify(parseConfigText('{"a": {"x": 1}, "b": {"x": 2}}'))).not.toContain('twice');
  });

  it.each(['', '{', '{"a": }', 'upper_threshold: 100', "{'min_servers': 1}"])('never throws on %j', (text) => {
    expect(errorsOf(parseConfigText(text))[0]!.path).toBe('');
  });
});

describe('validateLoads', () => {
  it('accepts non-negative finite numbers, fractions and zero included', () => {
    expect(valueOf(validateLoads([10, 0, 2.5, LIMITS.maxLoad]))).toEqual([10, 0, 2.5, LIMITS.maxLoad]);
  });

  it('names each bad entry by its index', () => {
    const errors = errorsOf(validateLoads([10, -1, Number.NaN, '5', null, Infinity]));
    expect(errors.map((e) => e.path)).toEqual(['loads[1]', 'loads[2]', 'loads[3]', 'loads[4]', 'loads[5]']);
    expect(errors[0]!.message).toBe('loads[1] cannot be negative, got -1');
  });

  it('rejects non-lists, an empty list and a list longer than the documented maximum', () => {
    expect(errorsOf(validateLoads('10,20'))[0]!.message).toContain('must be a list of numbers');
    expect(errorsOf(validateLoads({ 0: 10 }))[0]!.path).toBe('loads');
    expect(errorsOf(validateLoads([]))[0]!.message).toBe('loads is empty');
    expect(errorsOf(validateLoads(new Array(LIMITS.maxSteps + 1).fill(1)))[0]!.message).toContain(`the most is ${LIMITS.maxSteps}`);
    expect(validateLoads(new Array(LIMITS.maxSteps).fill(1)).ok).toBe(true);
  });

  it('rejects loads above the maximum load', () => {
    expect(errorsOf(validateLoads([LIMITS.maxLoad * 10]))[0]!.message).toContain('too large');
  });

  it('reports at most 20 problems for a long bad list', () => {
    expect(errorsOf(validateLoads(new Array(100).fill(-1)))).toHaveLength(20);
  });
});

describe('parseLoadsText', () => {
  it('parses comma-separated decimals, spaces allowed', () => {
    expect(valueOf(parseLoadsText('10,50,120'))).toEqual([10, 50, 120]);
    expect(valueOf(parseLoadsText(' 10 , 2.5,1e3, .5'))).toEqual([10, 2.5, 1000, 0.5]);
  });

  it('takes spaces, semicolons and new lines as separators too (a pasted spreadsheet column)', () => {
    expect(valueOf(parseLoadsText('10 50 120'))).toEqual([10, 50, 120]);
    expect(valueOf(parseLoadsText('10\n50\r\n120\n'))).toEqual([10, 50, 120]);
    expect(valueOf(parseLoadsText('10;\t50; 120'))).toEqual([10, 50, 120]);
  });

  it('names an empty or non-numeric entry by its index', () => {
    const errors = errorsOf(parseLoadsText('10,,abc,0x10'));
    expect(errors.map((e) => e.path)).toEqual(['loads[1]', 'loads[2]', 'loads[3]']);
    expect(errors[0]!.message).toBe('Step 2 is empty');
    expect(errors[1]!.message).toBe('Step 3 is not a number: the text "abc"');
    expect(errors[1]!.hint).toContain('10,50,120');
  });

  it('combines text errors with number errors, in index order', () => {
    const errors = errorsOf(parseLoadsText('x,-5,Infinity'));
    expect(errors.map((e) => e.path)).toEqual(['loads[0]', 'loads[1]', 'loads[2]']);
    expect(errors[1]!.message).toContain('cannot be negative');
    expect(errors.map((e) => e.message.slice(0, 6))).toEqual(['Step 1', 'Step 2', 'Step 3']);
  });

  it("takes the lesson's own list and a trailing comma", () => {
    expect(valueOf(parseLoadsText('[10, 50, 120, 80, 30, 5]'))).toEqual([10, 50, 120, 80, 30, 5]);
    expect(valueOf(parseLoadsText('10, 50, 120,'))).toEqual([10, 50, 120]);
    expect(valueOf(parseLoadsText(' [10, 50,]\n'))).toEqual([10, 50]);
    expect(valueOf(parseLoadsText('10\n50\n'))).toEqual([10, 50]);
  });

  it('rejects an empty text', () => {
    expect(errorsOf(parseLoadsText(''))[0]!.path).toBe('loads[0]');
  });
});
