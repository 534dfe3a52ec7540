/**
 * One Live replica: a Web Worker holding LeNet-5. It starts when the dispatcher asks (spawn), fetches its weights from
 * the app's own origin, runs a warm-up pass, waits the optional extra load delay, and reports each part. Then it
 * answers batches arriving on its MessagePort: every request in a batch carries k digits, all of them go through one
 * batched forward pass, and the reply carries the predicted digits and the milliseconds the pass took.
 */
import { PIXELS, classify, makeScratch, viewParams, type Params } from '../../engine/live/lenet';
import { epochNow, type FromReplica, type ReplicaInit, type ToReplica } from './protocol';

const scriptStart = epochNow();

async function start(init: ReplicaInit, port: MessagePort): Promise<void> {
  const send = (message: FromReplica, transfer: Transferable[] = []) => port.postMessage(message, transfer);
  try {
    const fetchStart = epochNow();
    const response = await fetch(new URL('live/lenet5.f32', init.base));
    if (!response.ok) throw new Error(`the weights did not load (HTTP ${response.status})`);
    const params: Params = viewParams(new Float32Array(await response.arrayBuffer()));
    const fetchEnd = epochNow();
    const capacity = init.digitsPerRequest * init.maxBatch;
    const scratch = makeScratch(capacity);
    const images = new Float32Array(capacity * PIXELS);
    classify(params, images, init.digitsPerRequest, scratch);
    const warmEnd = epochNow();
    if (init.extraLoadMs > 0) await new Promise((resolve) => setTimeout(resolve, init.extraLoadMs));
    const readyAt = epochNow();
    send({
      type: 'ready', id: init.id, warmupPerRequestMs: warmEnd - fetchEnd,
      coldStart: {
        spawnMs: Math.max(0, scriptStart - init.requestedAt), fetchMs: fetchEnd - fetchStart, warmupMs: warmEnd - fetchEnd,
        // 0 when off, as the protocol says (the moment between the warm-up and this line stays in the total)
        extraMs: init.extraLoadMs > 0 ? readyAt - warmEnd : 0, totalMs: readyAt - init.requestedAt,
      },
    });
    port.onmessage = (event: MessageEvent<ToReplica>) => {
      const message = event.data;
      if (message.type === 'stop') { port.close(); self.close(); return; }
      const began = performance.now();
      const digits = Math.min(capacity, message.requests * init.digitsPerRequest);
      for (let i = 0; i < digits * PIXELS; i++) images[i] = message.pixels[i]! / 255;
      const predictions = classify(params, images, digits, scratch);
      send({ type: 'done', batchId: message.batchId, predictions, computeMs: performance.now() - began }, [predictions.buffer]);
    };
  } catch (error) {
    send({ type: 'failed', id: init.id, message: error instanceof Error ? error.message : String(error) });
  }
}

self.onmessage = (event: MessageEvent<ReplicaInit>) => {
  const port = event.ports[0];
  if (event.data.type === 'init' && port) void start(event.data, port);
};
