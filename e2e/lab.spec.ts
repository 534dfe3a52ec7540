import { test, expect } from './fixtures/lab';

const HPA_YAML = `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: llm-endpoint
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: llm-endpoint
  minReplicas: 2
  maxReplicas: 20
  metrics:
    - type: Pods
      pods:
        metric:
          name: requests_per_second
        target:
          type: AverageValue
          averageValue: "8"
  behavior:
    scaleDown:
      stabilizationWindowSeconds: 120
`;

test('runs a scenario in the worker and scrubs through its seconds with the controller\'s words', async ({ lab, page }) => {
  await lab.open();
  await lab.chooseScenario('flash-crowd');
  await expect(lab.compareRows()).toHaveCount(await lab.policyCards().count());
  await expect(lab.charts().locator('svg.recharts-surface')).toHaveCount(4);
  await expect(lab.charts().locator('.recharts-line-curve').first()).toBeVisible();

  const slider = lab.scrubber();
  await slider.focus();
  await page.keyboard.press('End');
  await expect(lab.playback().locator('.step-text')).toHaveText('Second 1,799 (29:59) of 1,800');
  await lab.playback().getByRole('button', { name: 'Previous decision' }).click();
  const log = page.getByRole('list', { name: /^Decisions of .* around the cursor$/ });
  await expect(log.locator('li[aria-current="true"]')).toHaveCount(1);
  await expect(log.locator('li[aria-current="true"] .lab-log-text')).not.toBeEmpty();
  await expect(page.getByRole('region', { name: /^Decision log/ })).toContainText(/decisions in the run/);
  await expect.poll(() => lab.linkState()).toMatchObject({ tr: { sc: 'flash-crowd' } });
});

test('compares two policies on the same traffic and marks the best of each column', async ({ lab }) => {
  await lab.open();
  while (await lab.policyCards().count() > 1) await lab.policyCards().first().getByRole('button', { name: /^Remove / }).click();
  const policies = lab.policies();
  const kinds = await policies.getByLabel('Add a policy').locator('option').allTextContents();
  const other = kinds.find((kind) => kind !== (kinds[0] ?? '')) ?? kinds[0]!;
  await policies.getByLabel('Add a policy').selectOption({ label: other });
  await policies.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(lab.policyCards()).toHaveCount(2);
  await lab.waitForRun();
  await expect(lab.compareRows()).toHaveCount(2);
  const header = await lab.compareTable().locator('thead th').allTextContents();
  expect(header).toEqual(['Policy', 'SLO violation (s)', 'Dropped', 'Failed', 'p95 (ms)', 'Cost ($)', 'Scale events / h']);
  await expect(lab.compareTable().getByText('★ best').first()).toBeVisible();
  const name = lab.policies().getByLabel('Name of policy 2');
  await name.fill('Challenger');
  await name.press('Enter');
  await expect(lab.compareRows().nth(1).getByRole('rowheader')).toHaveText('Challenger');
  await lab.waitForRun();
  const link = await lab.linkState();
  expect((link?.p as unknown[]).length).toBe(2);
});

test('imports a real HPA manifest into the run', async ({ lab, page }) => {
  await lab.open();
  const before = await lab.policyCards().count();
  await lab.importConfig(HPA_YAML);
  await expect(lab.policyCards()).toHaveCount(before + 1);
  await expect(lab.policies().getByRole('status').filter({ hasText: /^Imported/ })).toContainText('HorizontalPodAutoscaler');
  await lab.waitForRun();
  await expect(lab.compareRows()).toHaveCount(before + 1);
  const card = lab.policyCards().last();
  await expect(card.getByLabel(/^max_replicas/)).toHaveValue('20');
  await expect(card.getByLabel(/^min_replicas/)).toHaveValue('2');
  // maxReplicas is required by the API: the note says the Lab's value is an example, never "(default)"
  await expect(card.getByText(/spec\.maxReplicas \(required; the Lab's example 10\)/)).toBeVisible();

  // and out again: as a KEDA ScaledObject, copied
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await lab.openDisclosure(card.locator('details', { hasText: /^Export / }));
  await card.getByLabel(/^Export .* as$/).selectOption('keda');
  const exported = card.locator('pre.lab-export-text');
  await expect(exported).toContainText('kind: ScaledObject');
  await card.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(card.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('kind: ScaledObject');

  // the Lab's own JSON: "from the Lab's JSON", not "from a The Lab's JSON"
  await lab.importConfig('{"name": "Own loop", "policy": "threshold"}');
  await expect(lab.policies().getByRole('status').filter({ hasText: /^Imported/ })).toHaveText("Imported Own loop from the Lab's JSON.");
});

test('refuses a bad CSV with its line and reason, and changes nothing', async ({ lab, page }) => {
  await lab.open();
  await lab.chooseScenario('ramp');
  const link = await lab.linkState();
  await lab.pasteCsv('seconds,requests_per_second\n0,10\n60,lots\n90,5\n45,5\n');
  const alert = lab.traffic().getByRole('alert');
  await expect(alert).toContainText('The CSV was refused; the traffic is unchanged.');
  await expect(alert).toContainText('pasted CSV:3');
  await expect(alert).toContainText('"lots" is not a number');
  await expect(alert).toContainText('pasted CSV:5');
  await expect(alert).toContainText('time 45 is not after the previous line\'s 90');
  await expect(lab.traffic().getByLabel('Traffic profile')).toHaveValue('ramp');
  await page.waitForTimeout(400);
  expect(await lab.linkState()).toEqual(link);

  await lab.pasteCsv('seconds,requests_per_second\n0,10\n600,80\n');
  await expect(lab.traffic().getByLabel('Traffic profile')).toHaveValue('points');
  await expect(lab.traffic().getByRole('table', { name: 'Traffic points' }).locator('tbody tr')).toHaveCount(2);
  await lab.waitForRun();
  await expect.poll(() => lab.linkState()).toMatchObject({ tr: { pts: [[0, 10], [600, 80]] } });

  // drawing: a press near the top of the sketch (100 req/s), half way into the run (1,200 s: the CSV's end), sets that minute to 90 req/s
  const sketch = lab.traffic().getByRole('img', { name: /^Traffic over the run/ });
  const box = (await sketch.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.51, box.y + box.height * 0.1);
  await page.mouse.down();
  await page.mouse.up();
  await expect(lab.traffic().getByRole('table', { name: 'Traffic points' }).locator('tbody tr')).toHaveCount(3);
  await lab.waitForRun();
  await expect.poll(async () => (await lab.linkState())?.tr).toEqual({ pts: [[0, 10], [600, 90], [660, 80]] });
});

test('a tampered link says what is wrong and opens the defaults', async ({ lab, page }) => {
  await page.goto(`/#/lab?lab=${Buffer.from(JSON.stringify({ v: 1, tr: { sc: 'tsunami' } })).toString('base64url')}`);
  const notice = page.getByRole('alert').filter({ hasText: 'This Lab link could not be opened' });
  await expect(notice).toContainText('"tsunami" is not a scenario');
  await lab.waitForRun();
  await expect(lab.traffic().getByLabel('Traffic profile')).toHaveValue('spike');
});

test('the Lab opens from its link, passes an axe scan and works with the keyboard', async ({ lab, page }) => {
  test.slow(); // two page loads, two runs and a full-page scan on a shared machine
  await lab.open();
  await lab.scrubber().focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(lab.playback().locator('.step-text')).toContainText('Second 2 ');
  await expect.poll(() => lab.linkState()).toMatchObject({ k: 2 });
  const url = page.url();
  await page.goto('about:blank');
  await page.goto(url);
  await lab.waitForRun();
  await expect(lab.playback().locator('.step-text')).toContainText('Second 2 ');
  await lab.expectNoAxeViolations();
});

test('passes an axe scan with every disclosure open: own points, CSV import, a policy\'s help, text and export', async ({ lab }) => {
  test.slow(); // Monaco and a full-page scan on a shared machine
  await lab.open();
  await lab.traffic().getByLabel('Traffic profile').selectOption('points');
  await lab.openDisclosure(lab.traffic().locator('details', { hasText: 'Import traffic from CSV' }));
  const card = lab.policyCards().first();
  for (const summary of ['About', 'Config as text', 'Export']) await lab.openDisclosure(card.locator('details', { hasText: summary }).first());
  await lab.openDisclosure(lab.charts().locator('details'));
  await expect(card.locator('.monaco-editor')).toBeVisible({ timeout: 20_000 });
  await lab.waitForRun();
  await lab.expectNoAxeViolations();
});

test('edits a policy as YAML in Monaco, with errors at their path and the knobs following', async ({ lab, page }) => {
  await lab.open();
  const card = lab.policyCards().first();
  await lab.openDisclosure(card.locator('details', { hasText: 'Config as text' }));
  await expect(card.locator('.monaco-editor')).toBeVisible({ timeout: 20_000 });
  const setText = (text: string) => page.evaluate((value) => {
    const editor = [...(globalThis.__labConfigEditors?.values() ?? [])][0];
    editor?.getModel()?.setValue(value);
  }, text);
  await setText('policy: hpa\nmin_replicas: 1\nmax_replicas: 12\ntolerance: 3\n');
  const problems = card.getByRole('alert');
  await expect(problems).toContainText('tolerance');
  await expect(card.locator('.monaco-editor .squiggly-error')).toHaveCount(1);
  await expect(card.getByLabel(/^max_replicas/)).toHaveValue('10');
  await setText('policy: hpa\nmin_replicas: 2\nmax_replicas: 12\n');
  await expect(card.getByText('Valid: the run uses this config.')).toBeVisible();
  await expect(card.getByLabel(/^max_replicas/)).toHaveValue('12');
  await lab.waitForRun();
  await expect.poll(async () => ((await lab.linkState())?.p as { config: { max_replicas?: number } }[])[0]?.config.max_replicas).toBe(12);
});
