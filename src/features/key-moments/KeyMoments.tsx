import { Panel } from '../../app/Panel';

/** Placeholder until the panel is built (issue 3). */
export function KeyMoments() {
  return <Panel id="key-moments" title="KeyMoments"><p>…</p></Panel>;
}
