import { Panel } from '../../app/Panel';

/** Placeholder until the panel is built (issue 3). */
export function TraceChart() {
  return <Panel id="charts" title="TraceChart"><p>…</p></Panel>;
}
