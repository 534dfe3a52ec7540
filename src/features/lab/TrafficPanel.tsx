/** Traffic: a named scenario, the learner's own points (a small table), or a CSV pasted or chosen as a file. */
import { useMemo } from 'react';
import { formatCount } from '../../engine/format';
import { Panel } from '../../ui/Panel';
import { useAppStore } from '../../store/store';
import { SCENARIO_NAMES, SCENARIOS, scenarioProfile, type ScenarioName, type TrafficProfile } from './labEngine';
import { PointsEditor } from './PointsEditor';
import { CsvImport } from './CsvImport';
import { TrafficSketch } from './TrafficSketch';
import { MAX_TABLE_POINTS } from './trafficText';
import { TrafficCoverage } from './TrafficCoverage';
import { TraceChoice } from './llm/TraceChoice';

export function TrafficPanel() {
  const lab = useAppStore((state) => state.lab);
  const setTraffic = useAppStore((state) => state.setLabTraffic);
  const changeUndoably = useAppStore((state) => state.changeLabUndoably);
  const traffic = lab?.traffic;
  const seconds = lab?.seconds ?? 1;
  /** a week of diurnal is 10,080 points: made once per traffic and length, not on every render */
  const profile: TrafficProfile | null = useMemo(() => (traffic === undefined ? null
    : traffic.kind === 'scenario' ? scenarioProfile(traffic.name, seconds) : traffic.profile), [traffic, seconds]);
  if (!lab || !traffic || !profile) return null;
  const choose = (value: string) => {
    if (value === 'points') {
      if (profile.points.length <= MAX_TABLE_POINTS) setTraffic({ kind: 'points', profile });
      return;
    }
    setTraffic({ kind: 'scenario', name: value as ScenarioName });
  };
  return (
    <Panel id="lab-traffic" title="Traffic">
      <div className="lab-field">
        <label htmlFor="lab-scenario">Traffic profile</label>
        <select id="lab-scenario" value={traffic.kind === 'scenario' ? traffic.name : 'points'} onChange={(event) => choose(event.target.value)}>
          {SCENARIO_NAMES.map((name) => <option key={name} value={name}>Scenario: {name}</option>)}
          <option value="points" disabled={traffic.kind === 'scenario' && profile.points.length > MAX_TABLE_POINTS}>Your own points</option>
        </select>
        <span className="lab-field-note">
          {traffic.kind === 'scenario' ? SCENARIOS[traffic.name] : `${profile.points.length} points; each rate holds until the next point's time.`}
        </span>
      </div>
      {traffic.kind === 'points' ? (
        <>
          <TrafficSketch profile={traffic.profile} seconds={seconds} onChange={(next) => setTraffic({ kind: 'points', profile: next })} />
          <PointsEditor profile={traffic.profile} onChange={(next) => setTraffic({ kind: 'points', profile: next })} />
        </>
      ) : (
        <p className="muted lab-small">
          {profile.points.length <= MAX_TABLE_POINTS
            ? 'Choose "Your own points" to edit this scenario as a table of (time, rate) points.'
            : `This scenario has ${formatCount(profile.points.length)} points over the run: import a CSV to use a profile this long as your own.`}
        </p>
      )}
      <TraceChoice />
      <TrafficCoverage />
      <CsvImport onImport={(next, what) => changeUndoably(`Imported ${what}: it replaced your traffic${lab.lengthSet ? '' : ' and the run now follows its length'}. Undo puts them back.`,
        () => setTraffic({ kind: 'points', profile: next }))} />
    </Panel>
  );
}
