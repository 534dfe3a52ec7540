/**
 * Live's digit classifier: LeNet-5 as LeCun et al. (1998) drew it, on 28 x 28 MNIST digits without padding.
 *   conv 5x5, 1 -> 6, ReLU, max-pool 2  (28 -> 24 -> 12)
 *   conv 5x5, 6 -> 16, ReLU, max-pool 2 (12 -> 8 -> 4)
 *   dense 256 -> 120, ReLU; dense 120 -> 84, ReLU; dense 84 -> 10 (logits)
 * 44,426 parameters in one Float32Array (177,704 bytes as float32), laid out in the order of LAYOUT.
 * A hand-written forward pass over typed arrays, no ML runtime: the same layer functions serve training (one digit,
 * activations kept) and serving (a batch). Each sum runs in the same order whatever the batch, so a batched answer
 * equals the one-by-one answer bit for bit.
 */

export const SIDE = 28;
export const PIXELS = SIDE * SIDE;
export const CLASSES = 10;

/** Parameter blocks in storage order: name and length. */
export const LAYOUT = [
  ['c1w', 6 * 25], ['c1b', 6],
  ['c2w', 16 * 6 * 25], ['c2b', 16],
  ['f1w', 120 * 256], ['f1b', 120],
  ['f2w', 84 * 120], ['f2b', 84],
  ['f3w', 10 * 84], ['f3b', 10],
] as const;

export type BlockName = (typeof LAYOUT)[number][0];
export type Params = { readonly [K in BlockName]: Float32Array };

export const PARAM_COUNT = LAYOUT.reduce((sum, [, length]) => sum + length, 0);

/** Views of each block into one flat array (no copy): training updates the flat array, layers read the views. */
export function viewParams(flat: Float32Array): Params {
  if (flat.length !== PARAM_COUNT) throw new Error(`LeNet weights hold ${PARAM_COUNT} numbers, got ${flat.length}`);
  const out: Partial<Record<BlockName, Float32Array>> = {};
  let offset = 0;
  for (const [name, length] of LAYOUT) { out[name] = flat.subarray(offset, offset + length); offset += length; }
  return out as Params;
}

/** Running sums of one output map (at most 24 x 24), in doubles as in a single accumulator. */
const acc = new Float64Array(24 * 24);

/**
 * Valid 5x5 convolution of `channels` maps of side `side` into `filters` maps, then ReLU. Loops over a filter row's five
 * weights held in locals and a contiguous run of outputs; each output adds its rows in channel, then row order, the
 * same order and grouping as a single running sum, so the result does not depend on how the loops are arranged.
 */
export function conv5Relu(input: Float32Array, inAt: number, channels: number, side: number, w: Float32Array, b: Float32Array,
  filters: number, out: Float32Array, outAt: number): void {
  const os = side - 4;
  const n = os * os;
  for (let f = 0; f < filters; f++) {
    acc.fill(b[f]!, 0, n);
    for (let c = 0; c < channels; c++) {
      const wBase = (f * channels + c) * 25;
      const iBase = inAt + c * side * side;
      for (let ky = 0; ky < 5; ky++) {
        const k = wBase + ky * 5;
        const w0 = w[k]!, w1 = w[k + 1]!, w2 = w[k + 2]!, w3 = w[k + 3]!, w4 = w[k + 4]!;
        for (let y = 0; y < os; y++) {
          const row = iBase + (y + ky) * side;
          const o = y * os;
          for (let x = 0; x < os; x++) {
            const r = row + x;
            acc[o + x] = acc[o + x]! + (input[r]! * w0 + input[r + 1]! * w1 + input[r + 2]! * w2 + input[r + 3]! * w3 + input[r + 4]! * w4);
          }
        }
      }
    }
    const at = outAt + f * n;
    for (let i = 0; i < n; i++) { const v = acc[i]!; out[at + i] = v > 0 ? v : 0; }
  }
}

/** 2x2 max-pool with stride 2; `argmax` (optional) keeps the winning input index, for the backward pass. */
export function maxPool2(input: Float32Array, inAt: number, channels: number, side: number, out: Float32Array, outAt: number,
  argmax?: Int32Array): void {
  const half = side >> 1;
  for (let c = 0; c < channels; c++) {
    for (let y = 0; y < half; y++) {
      for (let x = 0; x < half; x++) {
        const base = inAt + c * side * side + 2 * y * side + 2 * x;
        let best = base;
        if (input[base + 1]! > input[best]!) best = base + 1;
        if (input[base + side]! > input[best]!) best = base + side;
        if (input[base + side + 1]! > input[best]!) best = base + side + 1;
        const o = c * half * half + y * half + x;
        out[outAt + o] = input[best]!;
        if (argmax) argmax[o] = best - inAt;
      }
    }
  }
}

/** Dense layer over a batch: out[n][o] = b[o] + sum_i w[o][i] in[n][i], ReLU unless `linear`. Weight rows are reused across the batch. */
export function dense(input: Float32Array, inSize: number, batch: number, w: Float32Array, b: Float32Array, outSize: number,
  out: Float32Array, linear = false): void {
  for (let o = 0; o < outSize; o++) {
    const wBase = o * inSize;
    for (let n = 0; n < batch; n++) {
      const iBase = n * inSize;
      let sum = b[o]!;
      for (let i = 0; i < inSize; i++) sum += w[wBase + i]! * input[iBase + i]!;
      out[n * outSize + o] = linear || sum > 0 ? sum : 0;
    }
  }
}

/** Scratch buffers for a batch of up to `capacity` digits, reused between calls (serving allocates nothing per request). */
export interface Scratch {
  readonly capacity: number;
  readonly a1: Float32Array; readonly p1: Float32Array; readonly a2: Float32Array; readonly p2: Float32Array;
  readonly h1: Float32Array; readonly h2: Float32Array; readonly logits: Float32Array;
}

export function makeScratch(capacity: number): Scratch {
  return {
    capacity,
    a1: new Float32Array(6 * 24 * 24), p1: new Float32Array(6 * 12 * 12), a2: new Float32Array(16 * 8 * 8),
    p2: new Float32Array(capacity * 256), h1: new Float32Array(capacity * 120), h2: new Float32Array(capacity * 84),
    logits: new Float32Array(capacity * CLASSES),
  };
}

/**
 * Logits for `count` digits (pixels 0..1, row-major, PIXELS each, from `images[0]`). The convolutions run digit by digit;
 * the dense layers, most of the weights, run over the whole batch with each weight row read once. Returns scratch.logits.
 */
export function forwardBatch(params: Params, images: Float32Array, count: number, scratch: Scratch): Float32Array {
  if (count > scratch.capacity) throw new Error(`a batch of ${count} digits is larger than the scratch (${scratch.capacity})`);
  const { a1, p1, a2, p2, h1, h2, logits } = scratch;
  for (let n = 0; n < count; n++) {
    conv5Relu(images, n * PIXELS, 1, SIDE, params.c1w, params.c1b, 6, a1, 0);
    maxPool2(a1, 0, 6, 24, p1, 0);
    conv5Relu(p1, 0, 6, 12, params.c2w, params.c2b, 16, a2, 0);
    maxPool2(a2, 0, 16, 8, p2, n * 256);
  }
  dense(p2, 256, count, params.f1w, params.f1b, 120, h1);
  dense(h1, 120, count, params.f2w, params.f2b, 84, h2);
  dense(h2, 84, count, params.f3w, params.f3b, CLASSES, logits, true);
  return logits;
}

/** The index of the largest of `CLASSES` logits starting at `at`. */
export function argmaxAt(logits: Float32Array, at: number): number {
  let best = 0;
  for (let k = 1; k < CLASSES; k++) if (logits[at + k]! > logits[at + best]!) best = k;
  return best;
}

/** Predicted digit for each of `count` images. */
export function classify(params: Params, images: Float32Array, count: number, scratch: Scratch): Uint8Array {
  const logits = forwardBatch(params, images, count, scratch);
  const out = new Uint8Array(count);
  for (let n = 0; n < count; n++) out[n] = argmaxAt(logits, n * CLASSES);
  return out;
}
