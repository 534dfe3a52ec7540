import { Panel } from '../../app/Panel';

/** Placeholder until the panel is built (issue 3). */
export function LoadPanel() {
  return <Panel id="load-sliders" title="LoadPanel"><p>…</p></Panel>;
}
