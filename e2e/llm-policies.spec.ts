import { test, expect } from './fixtures/lab';

/** AIBrix's own sample (samples/autoscaling/apa.yaml), with an annotation the controller at e3e10f9 no longer reads. */
const AIBRIX_APA = `apiVersion: autoscaling.aibrix.ai/v1alpha1
kind: PodAutoscaler
metadata:
  name: llama-8b-apa
  annotations:
    autoscaling.aibrix.ai/up-fluctuation-tolerance: '0.1'
spec:
  scalingStrategy: APA
  minReplicas: 1
  maxReplicas: 8
  metricsSources:
    - metricSourceType: pod
      targetMetric: gpu_cache_usage_perc
      targetValue: '0.5'
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: llama-8b
`;

test('imports an AIBrix PodAutoscaler, says what the controller ignores, and exports it back', async ({ lab }) => {
  await lab.open();
  const before = await lab.policyCards().count();
  await lab.importConfig(AIBRIX_APA);
  await expect(lab.policyCards()).toHaveCount(before + 1);
  const status = lab.policies().getByRole('status').filter({ hasText: /^Imported/ });
  await expect(status).toContainText('AIBrix PodAutoscaler');
  await expect(status).toContainText('up-fluctuation-tolerance');
  await lab.waitForRun();
  const card = lab.policyCards().last();
  await expect(card.getByLabel(/^target_value/)).toHaveValue('0.5');
  await expect(card.getByLabel(/^target_metric/)).toHaveValue('gpu_cache_usage_perc');
  await lab.openDisclosure(card.locator('details', { hasText: /^Export / }));
  await card.getByLabel(/^Export .* as$/).selectOption('aibrix');
  await expect(card.locator('pre.lab-export-text')).toContainText('scalingStrategy: APA');
});

test('adds each LLM-era autoscaler from the list, with its source and what it leaves out, and passes an axe scan', async ({ lab }) => {
  test.slow(); // four policies and a full-page scan on a shared machine
  await lab.open();
  while (await lab.policyCards().count() > 1) await lab.policyCards().first().getByRole('button', { name: /^Remove / }).click();
  const add = lab.policies().getByLabel('Add a policy');
  for (const title of ['AIBrix KPA (PodAutoscaler)', 'llm-d workload-variant-autoscaler (saturation)', 'NVIDIA Dynamo SLA planner (aggregated)']) {
    await add.selectOption({ label: title });
    await lab.policies().getByRole('button', { name: 'Add', exact: true }).click();
  }
  await expect(lab.policyCards()).toHaveCount(4);
  const kpa = lab.policyCards().nth(1);
  await lab.openDisclosure(kpa.locator('details', { hasText: 'About' }).first());
  await expect(kpa).toContainText('vllm-project/aibrix');
  await expect(kpa).toContainText('divides the per-pod MEAN by the per-pod target');
  await lab.waitForRun();
  await expect(lab.compareRows()).toHaveCount(4);
  await lab.expectNoAxeViolations();
});
