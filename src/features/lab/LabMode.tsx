/**
 * The Lab: traffic, platform and policies on the left; the run's playback, charts, decision log and compare table on
 * the right. The run happens in a Web Worker; the views read the traces it returns, one second at a time.
 */
import { memo, useState } from 'react';
import { useAppStore } from '../../store/store';
import { useLabSetup } from './useLabSetup';
import { useLabRun } from './useLabRun';
import { TrafficPanel } from './TrafficPanel';
import { PlatformPanel } from './PlatformPanel';
import { PoliciesPanel } from './PoliciesPanel';
import { RunStatus } from './RunStatus';
import { LabScrubber } from './LabScrubber';
import { LabCharts } from './LabCharts';
import { DecisionLog } from './DecisionLog';
import { CompareTable } from './CompareTable';
import { LessonBridge } from './LessonBridge';
import { LlmPanel } from './llm/LlmPanel';
import { PitfallsPanel } from './llm/PitfallsPanel';
import { LlmQuizPanel } from './llm/LlmQuizPanel';
import { LlmCharts } from './llm/LlmCharts';
import { ResultsBar } from './ResultsBar';
import '../../ui/modeLayout.css';
import './lab.css';

/** The inputs read the store themselves: a run's progress or results never re-render them. */
const LabInputsColumn = memo(function LabInputsColumn() {
  return (
    <div className="lab-inputs">
      <PitfallsPanel />
      <LlmQuizPanel />
      <TrafficPanel />
      <PlatformPanel />
      <LlmPanel />
      <PoliciesPanel />
    </div>
  );
});

export function LabMode() {
  useLabSetup();
  useLabRun();
  const ready = useAppStore((state) => state.lab !== null);
  const run = useAppStore((state) => state.labRun);
  const [focusChoice, setFocus] = useState(0);
  if (!ready) return <p className="loading" role="status">Opening the Lab…</p>;
  const traces = run.traces;
  const focus = Math.min(focusChoice, Math.max(0, traces.length - 1));
  const platform = run.inputs?.platform;
  return (
    <div className="lab" aria-busy={run.status === 'running'}>
      <LessonBridge traces={traces} />
      <div className="lab-columns">
        <LabInputsColumn />
        <div className="lab-results">
          <RunStatus />
          {traces.length > 0 && platform ? (
            <>
              <LabScrubber trace={traces[focus]} />
              <CompareTable traces={traces} focus={focus} onFocus={setFocus} />
              <LabCharts traces={traces} focus={focus} capacity={platform.capacity} sloMs={platform.slo_p95_ms} />
              <LlmCharts traces={traces} focus={focus} />
              <DecisionLog trace={traces[focus]} />
            </>
          ) : null}
        </div>
      </div>
      {traces.length > 0 && platform ? <ResultsBar traces={traces} watch="lab-compare-table" /> : null}
    </div>
  );
}
