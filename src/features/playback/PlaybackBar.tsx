import { Panel } from '../../app/Panel';

/** Placeholder until the panel is built (issue 3). */
export function PlaybackBar() {
  return <Panel id="playback" title="PlaybackBar"><p>…</p></Panel>;
}
