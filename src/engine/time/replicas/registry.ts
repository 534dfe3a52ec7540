/** The replica models by kind: one file each, one line here. */
import type { ReplicaKind, ReplicaSettings } from '../types';
import { llmReplica } from './llm';
import { measuredReplica } from './measured';
import { simpleReplica } from './simple';
import type { ReplicaModel, ReplicaRun, ReplicaRunContext } from './types';

export const REPLICA_MODELS: { readonly [K in ReplicaKind]: ReplicaModel<K> } = {
  simple: simpleReplica,
  llm: llmReplica,
  measured: measuredReplica,
};

export const REPLICA_KINDS: readonly ReplicaKind[] = ['simple', 'llm', 'measured'];

export const isReplicaKind = (name: string): name is ReplicaKind => (REPLICA_KINDS as readonly string[]).includes(name);

/** Starts one policy's run on the model the settings name. */
export function startReplicaRun(settings: ReplicaSettings, context: ReplicaRunContext): ReplicaRun {
  switch (settings.kind) {
    case 'simple': return REPLICA_MODELS.simple.start(settings, context);
    case 'llm': return REPLICA_MODELS.llm.start(settings, context);
    case 'measured': return REPLICA_MODELS.measured.start(settings, context);
  }
}
