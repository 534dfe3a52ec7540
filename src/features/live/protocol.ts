/**
 * The messages between Live's dispatcher and its replicas (over a MessagePort), the timings a replica reports, and
 * what the page and the dispatcher exchange (the run's config, the host's two duties, the endpoint's status).
 */
import type { ColdStartParts } from '../../engine/live/coldStages';
import type { LabPolicyConfig } from '../../engine/policies/types';
import type { TrafficProfile } from '../../engine/time/types';

/** A replica's cold start, in its parts, milliseconds. */
export type ColdStart = ColdStartParts;

export interface ReplicaInit {
  readonly type: 'init';
  readonly id: number;
  /** the app's base URL, absolute: the weights are fetched from the same origin */
  readonly base: string;
  /** digits per request and most requests per batch: the replica sizes its buffers once */
  readonly digitsPerRequest: number;
  readonly maxBatch: number;
  readonly extraLoadMs: number;
  /** epoch ms (timeOrigin + now) when the dispatcher asked for this replica */
  readonly requestedAt: number;
}

/** dispatcher -> replica */
export type ToReplica =
  | { readonly type: 'batch'; readonly batchId: number; readonly requests: number; readonly pixels: Uint8Array }
  | { readonly type: 'stop' };

/** replica -> dispatcher */
export type FromReplica =
  | { readonly type: 'ready'; readonly id: number; readonly coldStart: ColdStart; readonly warmupPerRequestMs: number }
  | { readonly type: 'failed'; readonly id: number; readonly message: string }
  | { readonly type: 'done'; readonly batchId: number; readonly predictions: Uint8Array; readonly computeMs: number };

/** Epoch milliseconds comparable across the page and its workers. */
export const epochNow = (): number => performance.timeOrigin + performance.now();

export interface LiveRunConfig {
  readonly policy: LabPolicyConfig;
  readonly profile: TrafficProfile;
  readonly seconds: number;
  readonly seed: number;
  readonly digitsPerRequest: number;
  readonly maxBatch: number;
  readonly extraLoadMs: number;
  /** the app's base URL, absolute */
  readonly base: string;
}

/** What the page does for the dispatcher: start a replica worker on this port, or end one. */
export interface LiveHost {
  spawn(init: ReplicaInit, port: MessagePort): void;
  kill(id: number): void;
}

export type LivePhase = 'starting' | 'running' | 'draining' | 'finished' | 'failed';

export interface ReplicaView {
  readonly id: number;
  readonly state: 'starting' | 'ready' | 'draining';
  readonly coldStart: ColdStart | null;
  /** second of the run at which it was asked for (negative: before the run began) */
  readonly requestedAtS: number;
}

export interface LiveStatus {
  readonly phase: LivePhase;
  readonly message: string | null;
  readonly paused: boolean;
  readonly sent: number;
  readonly answered: number;
  readonly failed: number;
  /** answered while the tab was hidden: counted, kept out of the percentiles */
  readonly answeredInPause: number;
  /** still queued when the run ended (a minute after the load): counted, like the Lab's queue at the end */
  readonly unansweredAtEnd: number;
  readonly waiting: number;
  readonly inFlight: number;
  readonly digitsRight: number;
  readonly digitsJudged: number;
  readonly replicas: readonly ReplicaView[];
  /** every cold start so far, in order */
  readonly coldStarts: readonly ColdStart[];
  readonly warmupPerRequestMs: number;
}

