/**
 * Seeded training of Live's LeNet (lenet.ts): He-uniform initialisation, then plain minibatch SGD with momentum on
 * softmax cross-entropy, backpropagation written out by hand over the same layer functions the server uses. Pure and
 * deterministic: the same data, options and seed give the same weights, bit for bit.
 */
import { seededRandom } from '../lesson/presets';
import { CLASSES, LAYOUT, PARAM_COUNT, PIXELS, conv5Relu, dense, maxPool2, viewParams, type Params } from './lenet';

export interface TrainOptions {
  readonly seed: number;
  readonly epochs: number;
  /** digits per SGD step */
  readonly batch: number;
  /** learning rate at the first epoch; it halves each epoch after */
  readonly learningRate: number;
  readonly momentum: number;
}

export const DEFAULT_TRAIN: TrainOptions = { seed: 1, epochs: 3, batch: 32, learningRate: 0.05, momentum: 0.9 };

/** He-uniform initial weights (limit sqrt(6 / fan-in)), biases 0, drawn from the seed. */
export function initParams(seed: number): Float32Array {
  const random = seededRandom(seed);
  const flat = new Float32Array(PARAM_COUNT);
  const fanIn: Record<string, number> = { c1w: 25, c2w: 150, f1w: 256, f2w: 120, f3w: 84 };
  let offset = 0;
  for (const [name, length] of LAYOUT) {
    const fan = fanIn[name];
    if (fan !== undefined) {
      const limit = Math.sqrt(6 / fan);
      for (let i = 0; i < length; i++) flat[offset + i] = (random() * 2 - 1) * limit;
    }
    offset += length;
  }
  return flat;
}

/** One digit's activations and the scratch its backward pass needs. */
interface Tape {
  a1: Float32Array; p1: Float32Array; arg1: Int32Array; a2: Float32Array; p2: Float32Array; arg2: Int32Array;
  h1: Float32Array; h2: Float32Array; logits: Float32Array;
  d3: Float64Array; dh2: Float64Array; dh1: Float64Array; dp2: Float64Array; da2: Float64Array; dp1: Float64Array; da1: Float64Array;
}

function makeTape(): Tape {
  return {
    a1: new Float32Array(6 * 576), p1: new Float32Array(6 * 144), arg1: new Int32Array(6 * 144),
    a2: new Float32Array(16 * 64), p2: new Float32Array(256), arg2: new Int32Array(256),
    h1: new Float32Array(120), h2: new Float32Array(84), logits: new Float32Array(CLASSES),
    d3: new Float64Array(CLASSES), dh2: new Float64Array(84), dh1: new Float64Array(120), dp2: new Float64Array(256),
    da2: new Float64Array(16 * 64), dp1: new Float64Array(6 * 144), da1: new Float64Array(6 * 576),
  };
}

/** Backward through a dense layer: accumulates weight/bias gradients; writes the input gradient (masked by ReLU) if asked. */
function denseBack(input: Float32Array, inSize: number, w: Float32Array, gw: Float32Array, gb: Float32Array, dOut: Float64Array,
  outSize: number, dIn: Float64Array | null): void {
  if (dIn) dIn.fill(0);
  for (let o = 0; o < outSize; o++) {
    const d = dOut[o]!;
    if (d === 0) continue;
    gb[o] = gb[o]! + d;
    const base = o * inSize;
    for (let i = 0; i < inSize; i++) {
      gw[base + i] = gw[base + i]! + d * input[i]!;
      if (dIn) dIn[i] = dIn[i]! + d * w[base + i]!;
    }
  }
  if (dIn) for (let i = 0; i < inSize; i++) if (input[i]! <= 0) dIn[i] = 0;
}

/** Backward through a ReLU'd valid 5x5 convolution whose output gradient is `dOut` (already masked). */
function convBack(input: Float32Array, inAt: number, channels: number, side: number, w: Float32Array, gw: Float32Array,
  gb: Float32Array, filters: number, dOut: Float64Array, dIn: Float64Array | null): void {
  const os = side - 4;
  if (dIn) dIn.fill(0);
  for (let f = 0; f < filters; f++) {
    for (let y = 0; y < os; y++) {
      for (let x = 0; x < os; x++) {
        const d = dOut[f * os * os + y * os + x]!;
        if (d === 0) continue;
        gb[f] = gb[f]! + d;
        for (let c = 0; c < channels; c++) {
          const wBase = (f * channels + c) * 25;
          const iBase = c * side * side + y * side + x;
          for (let ky = 0; ky < 5; ky++) {
            for (let kx = 0; kx < 5; kx++) {
              const i = iBase + ky * side + kx;
              gw[wBase + ky * 5 + kx] = gw[wBase + ky * 5 + kx]! + d * input[inAt + i]!;
              if (dIn) dIn[i] = dIn[i]! + d * w[wBase + ky * 5 + kx]!;
            }
          }
        }
      }
    }
  }
}

/** Routes a pooled gradient back to each window's winner, masked by the ReLU before the pool. */
function poolBack(dPooled: Float64Array, arg: Int32Array, activations: Float32Array, dOut: Float64Array): void {
  dOut.fill(0);
  for (let k = 0; k < dPooled.length; k++) dOut[arg[k]!] = dOut[arg[k]!]! + dPooled[k]!;
  for (let i = 0; i < dOut.length; i++) if (activations[i]! <= 0) dOut[i] = 0;
}

/** Forward one digit keeping activations, then add its cross-entropy gradient into `grad`. Returns the loss. */
function learnOne(p: Params, g: Params, images: Float32Array, at: number, label: number, tape: Tape): number {
  conv5Relu(images, at, 1, 28, p.c1w, p.c1b, 6, tape.a1, 0);
  maxPool2(tape.a1, 0, 6, 24, tape.p1, 0, tape.arg1);
  conv5Relu(tape.p1, 0, 6, 12, p.c2w, p.c2b, 16, tape.a2, 0);
  maxPool2(tape.a2, 0, 16, 8, tape.p2, 0, tape.arg2);
  dense(tape.p2, 256, 1, p.f1w, p.f1b, 120, tape.h1);
  dense(tape.h1, 120, 1, p.f2w, p.f2b, 84, tape.h2);
  dense(tape.h2, 84, 1, p.f3w, p.f3b, CLASSES, tape.logits, true);
  let max = -Infinity;
  for (let k = 0; k < CLASSES; k++) max = Math.max(max, tape.logits[k]!);
  let total = 0;
  for (let k = 0; k < CLASSES; k++) { tape.d3[k] = Math.exp(tape.logits[k]! - max); total += tape.d3[k]!; }
  for (let k = 0; k < CLASSES; k++) tape.d3[k] = tape.d3[k]! / total - (k === label ? 1 : 0);
  const loss = -(tape.logits[label]! - max - Math.log(total));
  denseBack(tape.h2, 84, p.f3w, g.f3w, g.f3b, tape.d3, CLASSES, tape.dh2);
  denseBack(tape.h1, 120, p.f2w, g.f2w, g.f2b, tape.dh2, 84, tape.dh1);
  denseBack(tape.p2, 256, p.f1w, g.f1w, g.f1b, tape.dh1, 120, tape.dp2);
  poolBack(tape.dp2, tape.arg2, tape.a2, tape.da2);
  convBack(tape.p1, 0, 6, 12, p.c2w, g.c2w, g.c2b, 16, tape.da2, tape.dp1);
  poolBack(tape.dp1, tape.arg1, tape.a1, tape.da1);
  convBack(images, at, 1, 28, p.c1w, g.c1w, g.c1b, 6, tape.da1, null);
  return loss;
}

export interface EpochReport {
  readonly epoch: number;
  readonly meanLoss: number;
}

/**
 * Trains on `count` digits (pixels 0..1, PIXELS each) with their labels; returns the flat weights. `onEpoch` hears the
 * mean loss after each epoch (the CLI prints it). Digits are visited in a seeded shuffled order each epoch.
 */
export function train(images: Float32Array, labels: Uint8Array, count: number, options: TrainOptions = DEFAULT_TRAIN,
  onEpoch?: (report: EpochReport) => void): Float32Array {
  const flat = initParams(options.seed);
  const params = viewParams(flat);
  const gradFlat = new Float32Array(PARAM_COUNT);
  const grad = viewParams(gradFlat);
  const velocity = new Float32Array(PARAM_COUNT);
  const tape = makeTape();
  const random = seededRandom(options.seed ^ 0x5eed);
  const order = Int32Array.from({ length: count }, (_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = count - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const swap = order[i]!; order[i] = order[j]!; order[j] = swap;
    }
    const rate = options.learningRate / 2 ** epoch;
    let lossSum = 0;
    for (let start = 0; start < count; start += options.batch) {
      const end = Math.min(count, start + options.batch);
      gradFlat.fill(0);
      for (let k = start; k < end; k++) lossSum += learnOne(params, grad, images, order[k]! * PIXELS, labels[order[k]!]!, tape);
      const scale = rate / (end - start);
      for (let i = 0; i < PARAM_COUNT; i++) {
        const v = options.momentum * velocity[i]! - scale * gradFlat[i]!;
        velocity[i] = v;
        flat[i] = flat[i]! + v;
      }
    }
    onEpoch?.({ epoch: epoch + 1, meanLoss: lossSum / count });
  }
  return flat;
}
