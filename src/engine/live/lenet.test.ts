import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CLASSES, PARAM_COUNT, PIXELS, classify, dense, forwardBatch, makeScratch, maxPool2, conv5Relu, viewParams } from './lenet';
import { accuracy, decodeDigits, digitBytes, encodeDigits, sampleWithLabel } from './digits';
import { initParams } from './train';

const committedWeights = () => {
  const bytes = readFileSync('public/live/lenet5.f32');
  return viewParams(new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)));
};
const heldOut = () => decodeDigits(new Uint8Array(readFileSync('public/live/digits.bin')));

describe('LeNet-5 forward pass', { timeout: 30_000 }, () => {
  it('has the 44,426 parameters of LeNet-5 on 28 x 28 digits', () => {
    expect(PARAM_COUNT).toBe(44_426);
  });

  it('computes a dense layer, its ReLU and a linear output by hand', () => {
    const out = new Float32Array(4);
    // two inputs of 2, weights [[1, -1], [2, 3]], biases [0.5, -20]
    dense(new Float32Array([1, 2, 3, 4]), 2, 2, new Float32Array([1, -1, 2, 3]), new Float32Array([0.5, -20]), 2, out);
    expect([...out]).toEqual([0, 0, 0, 0]); // 1-2+.5 <0; 2+6-20 <0; 3-4+.5 <0; 6+12-20 <0
    dense(new Float32Array([1, 2, 3, 4]), 2, 2, new Float32Array([1, -1, 2, 3]), new Float32Array([0.5, -20]), 2, out, true);
    expect([...out]).toEqual([-0.5, -12, -0.5, -2]);
  });

  it('convolves and pools a known pattern', () => {
    const image = new Float32Array(36).map((_, i) => i); // 6 x 6, value = index
    const w = new Float32Array(25); w[0] = 1; w[24] = -1; // top-left minus bottom-right: always -28
    const out = new Float32Array(4);
    conv5Relu(image, 0, 1, 6, w, new Float32Array([30]), 1, out, 0);
    expect([...out]).toEqual([2, 2, 2, 2]);
    const pooled = new Float32Array(9);
    maxPool2(image, 0, 1, 6, pooled, 0);
    expect([...pooled]).toEqual([7, 9, 11, 19, 21, 23, 31, 33, 35]);
  });

  it('gives fixed logits for a fixed digit and fixed weights', () => {
    const params = viewParams(initParams(7));
    const image = new Float32Array(PIXELS).map((_, i) => ((i * 37) % 101) / 100);
    const logits = forwardBatch(params, image, 1, makeScratch(1));
    expect([...logits].map((v) => Number(v.toFixed(4)))).toEqual(FIXED_LOGITS);
  });

  it('answers a batch exactly as it answers each digit alone', () => {
    const params = committedWeights();
    const { images } = heldOut();
    fc.assert(fc.property(fc.integer({ min: 0, max: 480 }), fc.integer({ min: 1, max: 20 }), (start, count) => {
      const batch = forwardBatch(params, images.subarray(start * PIXELS), count, makeScratch(count)).slice();
      for (let n = 0; n < count; n++) {
        const one = forwardBatch(params, images.subarray((start + n) * PIXELS), 1, makeScratch(1));
        expect([...batch.subarray(n * CLASSES, (n + 1) * CLASSES)]).toEqual([...one]);
      }
    }), { numRuns: 15 });
  });

  it('classifies at least 90 % of the committed held-out sample right with the committed weights', () => {
    const set = heldOut();
    expect(set.count).toBe(500);
    const predicted = classify(committedWeights(), set.images, set.count, makeScratch(set.count));
    expect(accuracy(predicted, set.labels)).toBeGreaterThanOrEqual(0.9);
  });
});

describe('digit files', { timeout: 30_000 }, () => {
  it('round-trip labels and byte pixels, and refuse a torn file', () => {
    const set = heldOut();
    expect(Buffer.from(encodeDigits(set)).equals(readFileSync('public/live/digits.bin'))).toBe(true);
    expect(() => decodeDigits(new Uint8Array(100))).toThrow(/785 bytes; this one has 100/);
  });

  it('pick the n-th sample with a label, wrapping round, with that digit\'s own pixels', () => {
    const bytes = new Uint8Array(readFileSync('public/live/digits.bin'));
    const file = digitBytes(bytes);
    const set = heldOut();
    const sevens = Array.from(set.labels.keys()).filter((i) => set.labels[i] === 7);
    expect(sampleWithLabel(file, 7, 0)!.index).toBe(sevens[0]);
    expect(sampleWithLabel(file, 7, 1)!.index).toBe(sevens[1]);
    expect(sampleWithLabel(file, 7, sevens.length)!.index).toBe(sevens[0]);
    const picked = sampleWithLabel(file, 7, 3)!;
    expect(Array.from(picked.pixels)).toEqual(Array.from(bytes.subarray(500 + picked.index * PIXELS, 500 + (picked.index + 1) * PIXELS)));
    expect(Array.from(picked.pixels).some((v) => v > 0)).toBe(true);
    // the model reads it as the digit it is labelled
    expect(classify(committedWeights(), new Float32Array(picked.pixels).map((v) => v / 255), 1, makeScratch(1))[0]).toBe(7);
    const noNines = digitBytes(new Uint8Array([1, 2, ...new Uint8Array(2 * PIXELS)]));
    expect(sampleWithLabel(noNines, 9, 0)).toBeNull();
  });
});

/** logits of initParams(7) on the patterned digit above, pinned when the forward pass was written */
const FIXED_LOGITS = [0.2178, 1.1261, 1.0564, -0.1366, -1.6954, 0.7655, -0.4063, -0.0611, 0.707, 0.9954];
