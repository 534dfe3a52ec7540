import { describe, expect, it } from 'vitest';
import { importPolicies, importWithNotes } from './import';
import rayServe from './fixtures/ray-serve.yaml?raw';
import rayBare from './fixtures/ray-bare.yaml?raw';

describe('Ray Serve import', () => {
  it('reads one policy per deployment with an autoscaling_config, named by the deployment', () => {
    const result = importWithNotes(rayServe);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.format).toBe('ray');
    expect(result.value.policies).toEqual([
      {
        name: 'LLMServer',
        config: {
          policy: 'ray', min_replicas: 1, max_replicas: 8, initial_replicas: 2, target_ongoing_requests: 16, look_back_period_s: 20,
          upscale_delay_s: 10, downscale_delay_s: 300, upscaling_factor: 1, downscaling_factor: 1,
        },
      },
      {
        name: 'Embedder',
        config: {
          policy: 'ray', min_replicas: 0, max_replicas: 4, initial_replicas: 0, target_ongoing_requests: 4, look_back_period_s: 30,
          upscale_delay_s: 30, downscale_delay_s: 600, upscaling_factor: 0.5, downscaling_factor: 0.5,
        },
      },
    ]);
    const notes = result.value.notes.join('\n');
    expect(notes).toMatch(/LLMServer: max_ongoing_requests 32 .* is not modelled/);
    expect(notes).toMatch(/Embedder: smoothing_factor is Ray's older name/);
  });

  it('reads a bare autoscaling_config, named by the file', () => {
    const result = importPolicies(rayBare, 'configs/ray-bare.yaml');
    expect(result.ok && result.value).toEqual([{
      name: 'ray-bare',
      config: {
        policy: 'ray', min_replicas: 1, max_replicas: 6, initial_replicas: 1, target_ongoing_requests: 3, look_back_period_s: 30,
        upscale_delay_s: 15, downscale_delay_s: 600, upscaling_factor: 1, downscaling_factor: 0.5,
      },
    }]);
  });

  it('reports errors at the deployment\'s own path and line', () => {
    const text = rayServe.replace('max_replicas: 8', 'max_replicas: 0').replace('target_ongoing_requests: 4', 'target_ongoing_request: 4');
    const result = importPolicies(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.path)).toEqual([
      'applications[0].deployments[1].autoscaling_config.max_replicas (line 18)',
      'applications[0].deployments[2].autoscaling_config.target_ongoing_request (line 27)',
    ]);
    expect(result.errors[1]!.hint).toMatch(/target_ongoing_requests/);
  });

  it("refuses a bare autoscaling_config's custom policy as Ray's, not as a Lab policy", () => {
    const result = importPolicies('min_replicas: 1\nmax_replicas: 4\npolicy:\n  policy_function: my_module:my_policy\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ path: 'policy (line 3)', message: expect.stringMatching(/custom autoscaling policy cannot be simulated/) });
  });

  it('says so when no deployment autoscales', () => {
    const result = importPolicies('applications:\n  - name: app\n    deployments:\n      - name: A\n        num_replicas: 2\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ path: 'applications (line 1)', message: 'No deployment in this Serve config has an autoscaling_config' });
  });
});

describe('Ray sub-second delays', () => {
  it('are refused at their line with the reason, not run as 0 under one decision a second', () => {
    const result = importPolicies('min_replicas: 1\nmax_replicas: 4\nupscale_delay_s: 0.3\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]!.path).toMatch(/upscale_delay_s \(line 3\)/);
    expect(result.errors[0]!.message).toBe("upscale_delay_s 0.3 is finer than the Lab's one decision a second (it would act as 0 s)");
    expect(result.errors[0]!.hint).toMatch(/use whole seconds: 1/);
  });
});
