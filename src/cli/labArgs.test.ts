import { describe, expect, it } from 'vitest';
import { parseLabArgs } from './labArgs';

describe('parseLabArgs', () => {
  it('reads every option, --config repeated, with defaults for the rest', () => {
    const result = parseLabArgs(['--config', 'a.yaml', '--config=b.json', '--scenario', 'diurnal', '--seconds', '86400', '--seed', '7',
      '--arrivals', 'exact', '--capacity', '12.5', '--service-ms', '80', '--cold-start', '90', '--format', 'json']);
    expect(result).toEqual({ ok: true, value: {
      configPaths: ['a.yaml', 'b.json'], trafficPath: undefined, scenario: 'diurnal', seconds: 86400, seed: 7, arrivals: 'exact',
      capacity: 12.5, serviceMs: 80, coldStart: 90, format: 'json', emit: undefined, help: false, tracePath: undefined, rateScale: undefined,
      replica: 'simple', gpuProfile: undefined, coldStartStages: undefined, warmNodes: undefined, drainS: undefined, sloTtftMs: undefined, sloItlMs: undefined,
    } });
    expect(parseLabArgs(['--config', 'a.json'])).toMatchObject({ ok: true, value: { seed: 1, arrivals: 'poisson', format: 'summary', seconds: undefined } });
    expect(parseLabArgs(['--config', 'a.json', '--emit', 'keda'])).toMatchObject({ ok: true, value: { emit: 'keda' } });
  });

  it('reads the LLM flags, and refuses bad ones at their flag', () => {
    expect(parseLabArgs(['--config', 'a.json', '--replica', 'llm', '--scenario', 'azure-conv', '--rate-scale', '2', '--gpu-profile', 'h100',
      '--cold-start-stages', 'node=150,image=30', '--warm-nodes', '2', '--drain-s', '60', '--slo-ttft-ms', '400', '--slo-itl-ms', '40'])).toMatchObject({ ok: true, value: {
      replica: 'llm', scenario: 'azure-conv', rateScale: 2, gpuProfile: 'h100', coldStartStages: 'node=150,image=30', warmNodes: 2, drainS: 60, sloTtftMs: 400, sloItlMs: 40,
    } });
    const bad = parseLabArgs(['--config', 'a.json', '--replica', 'gpu', '--rate-scale', '2', '--warm-nodes', '1.5', '--slo-itl-ms', '0', '--trace', 't.csv', '--traffic', 'x.csv']);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.map((e) => e.path)).toEqual(['--trace', '--replica', '--warm-nodes', '--slo-itl-ms']);
    expect(parseLabArgs(['--config', 'a.json', '--rate-scale', '2'])).toMatchObject({ ok: false, errors: [{ path: '--rate-scale' }] });
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
