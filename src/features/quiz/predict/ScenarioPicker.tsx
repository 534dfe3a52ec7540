import { useId, useState, type FormEvent } from 'react';
import { Panel } from '../../../ui/Panel';
import { LESSON_SCENARIO, scenarioFromSeed, type Scenario } from '../../../quiz';
import { useAppStore } from '../../../store/store';

export type ScenarioSource = 'lesson' | 'workspace' | 'random';

const SOURCE_LABELS: Record<ScenarioSource, string> = {
  lesson: 'The lesson\'s example',
  workspace: 'The Visualize workspace\'s scenario',
  random: 'A random scenario (from a seed)',
};

/** A seed for a fresh random scenario: a small number, easy to read out and type again. */
export const freshSeed = () => 1 + Math.floor(Math.random() * 99_999);

/** The scenario a source names; the random one is the same for the same seed. */
export function scenarioFor(source: ScenarioSource, seed: number, workspace: Scenario): Scenario {
  switch (source) {
    case 'lesson': return LESSON_SCENARIO;
    case 'workspace': return workspace;
    case 'random': return scenarioFromSeed(seed);
  }
}

/** Chooses what to predict on: the lesson's example, the workspace's scenario (as it was on arrival) or a seeded one. */
export function ScenarioPicker({ workspace, initialSource }: { readonly workspace: Scenario; readonly initialSource: ScenarioSource }) {
  const ids = useId();
  const loadScenario = useAppStore((state) => state.loadScenario);
  const [source, setSource] = useState<ScenarioSource>(initialSource);
  const [seedText, setSeedText] = useState(() => String(freshSeed()));
  const seed = Number(seedText);
  const seedProblem = source === 'random' && !(Number.isInteger(seed) && seed >= 0) ? 'The seed must be a whole number, 0 or more.' : undefined;

  const start = (event: FormEvent) => {
    event.preventDefault();
    if (seedProblem) return;
    const scenario = scenarioFor(source, seed, workspace);
    loadScenario({ config: scenario.config, loads: scenario.loads, ...(scenario.configText ? { configText: scenario.configText } : {}), cursor: 0 });
  };

  return (
    <Panel id="predict-scenario" title="Scenario">
      <form className="predict-picker" onSubmit={start}>
        <label htmlFor={`${ids}-source`}>Predict on</label>
        <select id={`${ids}-source`} value={source} onChange={(event) => setSource(event.target.value as ScenarioSource)}>
          {(Object.keys(SOURCE_LABELS) as ScenarioSource[]).map((key) => <option key={key} value={key}>{SOURCE_LABELS[key]}</option>)}
        </select>
        {source === 'random' ? (
          <div className="predict-seed">
            <label htmlFor={`${ids}-seed`}>Seed</label>
            <input
              id={`${ids}-seed`} type="number" min={0} step={1} value={seedText} onChange={(event) => setSeedText(event.target.value)}
              aria-invalid={seedProblem ? true : undefined} aria-describedby={seedProblem ? `${ids}-seed-problem` : undefined}
            />
            <button type="button" onClick={() => setSeedText(String(freshSeed()))}>New seed</button>
            {seedProblem ? <p id={`${ids}-seed-problem`} className="field-problem">{seedProblem}</p> : null}
          </div>
        ) : null}
        <button type="submit" className="primary">Start predicting</button>
      </form>
      <p className="muted">Starting (or starting again) hides every row; you predict them one by one from step 1.</p>
    </Panel>
  );
}
