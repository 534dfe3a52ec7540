/**
 * `npm run train`: trains Live's LeNet-5 (src/engine/live) on the `mnist` package's 10,000 digits, seeded, on one core,
 * and writes the float32 weights and a held-out sample of 500 digits (50 of each class, never trained on) to
 * public/live/. Options: --seed N (default 1), --epochs N (default 3). MNIST: LeCun, Cortes and Burges; the package by
 * Juan Cazala (MIT).
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { seededRandom } from '../engine/lesson/presets';
import { PARAM_COUNT, PIXELS, classify, makeScratch, viewParams } from '../engine/live/lenet';
import { accuracy, encodeDigits } from '../engine/live/digits';
import { DEFAULT_TRAIN, train } from '../engine/live/train';

interface MnistDigit { readonly length: number; get(index: number): number[] }

const HELD_OUT_PER_CLASS = 50;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} takes a whole number, got ${process.argv[at + 1]}`);
  return value;
}

const seed = option('seed', DEFAULT_TRAIN.seed);
const epochs = option('epochs', DEFAULT_TRAIN.epochs);
const mnist = createRequire(import.meta.url)('mnist') as MnistDigit[];
const random = seededRandom(seed);

// every digit in the package, class by class; a seeded choice of 50 per class is held out
const trainIdx: [number, number][] = [];
const heldIdx: [number, number][] = [];
for (let d = 0; d < 10; d++) {
  const order = Array.from({ length: mnist[d]!.length }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
  order.forEach((i, k) => (k < HELD_OUT_PER_CLASS ? heldIdx : trainIdx).push([d, i]));
}

function gather(index: readonly [number, number][]) {
  const images = new Float32Array(index.length * PIXELS);
  const labels = new Uint8Array(index.length);
  index.forEach(([d, i], n) => { images.set(mnist[d]!.get(i), n * PIXELS); labels[n] = d; });
  return { count: index.length, images, labels };
}

// the sample is stored shuffled, so any stretch of it mixes the classes (tests and the load generator take stretches)
for (let i = heldIdx.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [heldIdx[i], heldIdx[j]] = [heldIdx[j]!, heldIdx[i]!]; }
const trainSet = gather(trainIdx);
const held = gather(heldIdx);
console.log(`LeNet-5, ${PARAM_COUNT.toLocaleString('en-US')} parameters; training on ${trainSet.count} digits, ${epochs} epochs, seed ${seed}`);
const started = performance.now();
const flat = train(trainSet.images, trainSet.labels, trainSet.count, { ...DEFAULT_TRAIN, seed, epochs }, ({ epoch, meanLoss }) => {
  console.log(`  epoch ${epoch}: mean loss ${meanLoss.toFixed(4)} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
});
const params = viewParams(flat);
const scratch = makeScratch(held.count);
// the held-out sample is judged as shipped: pixels rounded to bytes
const encoded = encodeDigits(held);
const shipped = new Float32Array(held.count * PIXELS).map((_, i) => encoded[held.count + i]! / 255);
const heldAccuracy = accuracy(classify(params, shipped, held.count, scratch), held.labels);
console.log(`held-out accuracy: ${(heldAccuracy * 100).toFixed(1)} % on ${held.count} digits`);

mkdirSync('public/live', { recursive: true });
writeFileSync('public/live/lenet5.f32', new Uint8Array(flat.buffer));
writeFileSync('public/live/digits.bin', encoded);
console.log(`wrote public/live/lenet5.f32 (${flat.byteLength.toLocaleString('en-US')} bytes) and public/live/digits.bin (${encoded.length.toLocaleString('en-US')} bytes)`);
