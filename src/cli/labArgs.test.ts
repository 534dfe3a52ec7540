import { describe, expect, it } from 'vitest';
import { parseLabArgs } from './labArgs';

describe('parseLabArgs', () => {
  it('reads every option, --config repeated, with defaults for the rest', () => {
    const result = parseLabArgs(['--config', 'a.yaml', '--config=b.json', '--scenario', 'diurnal', '--seconds', '86400', '--seed', '7',
      '--arrivals', 'exact', '--capacity', '12.5', '--service-ms', '80', '--cold-start', '90', '--format', 'json']);
    expect(result).toEqual({ ok: true, value: {
      configPaths: ['a.yaml', 'b.json'], trafficPath: undefined, scenario: 'diurnal', seconds: 86400, seed: 7, arrivals: 'exact',
      capacity: 12.5, serviceMs: 80, coldStart: 90, format: 'json', emit: undefined, help: false,
    } });
    expect(parseLabArgs(['--config', 'a.json'])).toMatchObject({ ok: true, value: { seed: 1, arrivals: 'poisson', format: 'summary', seconds: undefined } });
    expect(parseLabArgs(['--config', 'a.json', '--emit', 'keda'])).toMatchObject({ ok: true, value: { emit: 'keda' } });
  });

  it('help needs no config', () => {
    expect(parseLabArgs(['-h'])).toMatchObject({ ok: true, value: { help: true } });
  });

  it('explains each bad argument at its flag', () => {
    const result = parseLabArgs(['--config', 'a.json', '--scenario', 'weekly', '--seconds', 'ten', '--arrivals', 'uniform', '--format', 'xml', '--emit', 'helm', '--cold', '5', 'extra']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(['--cold', 'extra', '--scenario', '--seconds', '--arrivals', '--format', '--emit']);
    expect(result.errors[0]!.hint).toBe('did you mean --cold-start?');
    expect(result.errors.every((e) => e.message.length > 0 && e.hint.length > 0)).toBe(true);
  });

  it('refuses a missing config, a missing value, and traffic given twice', () => {
    expect(parseLabArgs([])).toMatchObject({ ok: false, errors: [{ path: '--config' }] });
    expect(parseLabArgs(['--config'])).toMatchObject({ ok: false, errors: [{ path: '--config', message: '--config needs a value' }] });
    expect(parseLabArgs(['--config', 'a', '--traffic', 'x.csv', '--scenario', 'spike'])).toMatchObject({ ok: false, errors: [{ path: '--scenario' }] });
    expect(parseLabArgs(['--config', 'a', '--seed', '1.5'])).toMatchObject({ ok: false, errors: [{ path: '--seed' }] });
  });
});
