/**
 * One Live run from the page's side: the settings, the session (dispatcher + replicas), and the measured seconds read
 * four times a second. Ends the workers when the mode closes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { compressTime, livePolicyConfig } from '../../engine/live/livePolicies';
import { liveProfile } from '../../engine/live/loadPlan';
import type { LiveSecond } from '../../engine/live/recorder';
import { DEFAULT_LIVE_SETTINGS, type LiveSettings } from '../../engine/live/settings';
import type { LabPolicyConfig } from '../../engine/policies/types';
import type { LiveStatus } from './dispatcher.worker';
import { startLive, type LiveSession } from './liveClient';

export interface LiveView {
  readonly seconds: readonly LiveSecond[];
  readonly status: LiveStatus | null;
  readonly error: string | null;
  /** the settings and compressed config the run started with */
  readonly ran: { readonly settings: LiveSettings; readonly config: LabPolicyConfig } | null;
}

const EMPTY: LiveView = { seconds: [], status: null, error: null, ran: null };

export function useLive() {
  const [settings, setSettings] = useState<LiveSettings>(DEFAULT_LIVE_SETTINGS);
  const [view, setView] = useState<LiveView>(EMPTY);
  const session = useRef<LiveSession | null>(null);
  const seconds = useRef<LiveSecond[]>([]);

  const end = useCallback(() => {
    session.current?.dispose();
    session.current = null;
  }, []);
  useEffect(() => end, [end]);

  const start = useCallback(() => {
    end();
    const { config } = compressTime(livePolicyConfig(settings), settings.timeScale);
    const base = new URL(import.meta.env.BASE_URL, window.location.href).href;
    const current = startLive({
      policy: config, profile: liveProfile(settings.shape, settings.baseRps, settings.peakRps, settings.seconds), seconds: settings.seconds,
      seed: settings.seed, digitsPerRequest: settings.digitsPerRequest, maxBatch: settings.maxBatch, extraLoadMs: settings.extraLoadS * 1000, base,
    });
    session.current = current;
    seconds.current = [];
    setView({ ...EMPTY, ran: { settings, config } });
    current.started.catch((error: unknown) => {
      if (session.current === current) setView((v) => ({ ...v, error: error instanceof Error ? error.message : String(error) }));
    });
    const poll = async () => {
      if (session.current !== current) return;
      try {
        const next = await current.remote.poll(seconds.current.length);
        if (session.current !== current) return;
        if (next.seconds.length > 0) seconds.current = [...seconds.current, ...next.seconds];
        setView((v) => ({ ...v, seconds: seconds.current, status: next.status }));
        if ((next.status.phase !== 'finished' && next.status.phase !== 'failed') || next.status.inFlight > 0) setTimeout(() => void poll(), 250);
      } catch { /* the session ended while a poll was on its way */ }
    };
    void poll();
  }, [end, settings]);

  const stop = useCallback(() => { void session.current?.remote.stop(); }, []);
  const ask = useCallback(async (pixels: Uint8Array) => {
    const current = session.current;
    if (!current) throw new Error('Start a run first: the answer comes from a replica.');
    const digit = await current.remote.ask(pixels);
    // the run may be over (no more polling): read the counts once, so the request shows as sent and answered
    const next = await current.remote.poll(seconds.current.length);
    if (session.current === current) setView((v) => ({ ...v, status: next.status }));
    return digit;
  }, []);

  /** A held-out digit by its label (the n-th one), read from the sample the running endpoint loaded. */
  const sampleDigit = useCallback(async (label: number, n: number) => {
    const current = session.current;
    if (!current) throw new Error('Start a run first: the sample digits come with the endpoint.');
    const picked = await current.remote.sampleDigit(label, n);
    if (!picked) throw new Error(`The sample has no digit labelled ${label}.`);
    return picked;
  }, []);

  return { settings, setSettings, view, start, stop, ask, sampleDigit, running: session.current !== null };
}
