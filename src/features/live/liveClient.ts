/**
 * The page's side of Live: it starts the dispatcher worker, spawns and ends replica workers when the dispatcher asks
 * (handing each its MessagePort, so requests never pass through the page), pauses the run while the tab is hidden,
 * and reads the measurements a few times a second.
 */
import * as Comlink from 'comlink';
import type { DispatcherApi, LiveHost, LiveRunConfig } from './dispatcher.worker';
import type { ReplicaInit } from './protocol';

export interface LiveSession {
  readonly remote: Comlink.Remote<DispatcherApi>;
  /** settles once the initial replicas are ready and the clock runs (rejects if the endpoint cannot start) */
  readonly started: Promise<void>;
  dispose(): void;
}

export function startLive(config: LiveRunConfig): LiveSession {
  const dispatcher = new Worker(new URL('./dispatcher.worker.ts', import.meta.url), { type: 'module', name: 'live-dispatcher' });
  const remote = Comlink.wrap<DispatcherApi>(dispatcher);
  const replicas = new Map<number, Worker>();
  const host: LiveHost = {
    spawn(init: ReplicaInit, port: MessagePort) {
      const worker = new Worker(new URL('./replica.worker.ts', import.meta.url), { type: 'module', name: `live-replica-${init.id}` });
      replicas.set(init.id, worker);
      worker.postMessage(init, [port]);
    },
    kill(id: number) {
      replicas.get(id)?.terminate();
      replicas.delete(id);
    },
  };
  const onVisibility = () => { void (document.hidden ? remote.pause() : remote.resume()); };
  document.addEventListener('visibilitychange', onVisibility);
  const started = remote.start(config, Comlink.proxy(host));
  return {
    remote,
    started,
    dispose() {
      document.removeEventListener('visibilitychange', onVisibility);
      for (const worker of replicas.values()) worker.terminate();
      replicas.clear();
      dispatcher.terminate();
    },
  };
}
