import { Panel } from '../../app/Panel';

/** Placeholder until the panel is built (issue 3). */
export function ConfigPanel() {
  return <Panel id="config-editor" title="ConfigPanel"><p>…</p></Panel>;
}
