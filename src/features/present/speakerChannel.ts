/** The audience window and the speaker window talk over a BroadcastChannel (same origin, no server). */
import type { Slide } from '../../content/deck';
import type { PresentCommand } from './presentKeys';

export const CHANNEL_NAME = 'autoscale-lab:present';

export interface PresentSnapshot {
  readonly deckTitle: string;
  readonly slides: readonly Slide[];
  readonly slideIndex: number;
  readonly cursor: number;
  readonly blanked: boolean;
  readonly revealed: boolean;
  readonly exploring: boolean;
}

export type PresentMessage =
  | { readonly type: 'hello' }
  | { readonly type: 'state'; readonly state: PresentSnapshot }
  | { readonly type: 'command'; readonly command: PresentCommand };

/** Opens the channel, or undefined where the browser has none (then the speaker view says so). */
export function openChannel(onMessage: (message: PresentMessage) => void): { post: (message: PresentMessage) => void; close: () => void } | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<PresentMessage>) => onMessage(event.data);
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}

/** The speaker window is the app opened with ?present=speaker (outside the hash, which the app rewrites). */
export function isSpeakerWindow(): boolean {
  return new URLSearchParams(window.location.search).get('present') === 'speaker';
}

export function speakerUrl(): string {
  return `${window.location.origin}${window.location.pathname}?present=speaker#/present`;
}
