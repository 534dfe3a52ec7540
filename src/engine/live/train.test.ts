import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PIXELS, classify, makeScratch, viewParams } from './lenet';
import { accuracy, decodeDigits } from './digits';
import { initParams, train } from './train';

const sample = decodeDigits(new Uint8Array(readFileSync('public/live/digits.bin')));
const tiny = { seed: 3, epochs: 1, batch: 8, learningRate: 0.05, momentum: 0.9 };

describe('training', { timeout: 60_000 }, () => {
  it('is reproducible: the same seed gives the same weights, another seed others', () => {
    const a = train(sample.images, sample.labels, 40, tiny);
    const b = train(sample.images, sample.labels, 40, tiny);
    const c = train(sample.images, sample.labels, 40, { ...tiny, seed: 4 });
    expect(Buffer.from(a.buffer).equals(Buffer.from(b.buffer))).toBe(true);
    expect(Buffer.from(a.buffer).equals(Buffer.from(c.buffer))).toBe(false);
    expect(Buffer.from(a.buffer).equals(Buffer.from(initParams(3).buffer))).toBe(false); // it did learn something
  });

  it('learns: a short run on 400 digits beats chance on 100 others by far, and its loss falls', () => {
    const losses: number[] = [];
    const flat = train(sample.images, sample.labels, 400, { ...tiny, epochs: 2 }, ({ meanLoss }) => losses.push(meanLoss));
    expect(losses[1]!).toBeLessThan(losses[0]!);
    const test = sample.images.subarray(400 * PIXELS);
    const predicted = classify(viewParams(flat), test, 100, makeScratch(100));
    expect(accuracy(predicted, sample.labels.subarray(400))).toBeGreaterThan(0.5);
  });
});
