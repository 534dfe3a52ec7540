import { Panel } from '../../app/Panel';

/** Placeholder until the panel is built (issue 3). */
export function FlowDiagram() {
  return <Panel id="flow-diagram" title="FlowDiagram"><p>…</p></Panel>;
}
