/**
 * Live's compact digit files: `count` labels (one byte each) followed by `count` x 784 pixels (one byte each, 0..255,
 * row-major). The held-out sample the tests and the load generator use is one of these (public/live/digits.bin).
 */
import { PIXELS } from './lenet';

export interface DigitSet {
  readonly count: number;
  readonly labels: Uint8Array;
  /** pixels 0..1, PIXELS per digit */
  readonly images: Float32Array;
}

/** Packs digits (pixels 0..1) into the compact file, rounding each pixel to a byte. */
export function encodeDigits(set: DigitSet): Uint8Array {
  const out = new Uint8Array(set.count * (PIXELS + 1));
  out.set(set.labels.subarray(0, set.count), 0);
  for (let i = 0; i < set.count * PIXELS; i++) out[set.count + i] = Math.round(Math.min(1, Math.max(0, set.images[i]!)) * 255);
  return out;
}

/** Reads the compact file; a length that is not a whole number of digits is refused with the length found. */
export function decodeDigits(bytes: Uint8Array): DigitSet {
  const { count } = digitBytes(bytes);
  const images = new Float32Array(count * PIXELS);
  for (let i = 0; i < images.length; i++) images[i] = bytes[count + i]! / 255;
  return { count, labels: bytes.slice(0, count), images };
}

/** Share of `predicted` equal to the labels. */
export function accuracy(predicted: Uint8Array, labels: Uint8Array): number {
  let right = 0;
  for (let i = 0; i < predicted.length; i++) if (predicted[i] === labels[i]) right++;
  return predicted.length > 0 ? right / predicted.length : 0;
}

/** The compact file's labels and bytes as they are (no conversion): what the load generator copies into requests. */
export function digitBytes(bytes: Uint8Array): { readonly count: number; readonly labels: Uint8Array; readonly bytes: Uint8Array } {
  if (bytes.length === 0 || bytes.length % (PIXELS + 1) !== 0) {
    throw new Error(`a digit file holds whole digits of ${PIXELS + 1} bytes; this one has ${bytes.length} bytes`);
  }
  const count = bytes.length / (PIXELS + 1);
  return { count, labels: bytes.subarray(0, count), bytes };
}

/**
 * The `n`-th digit labelled `label` in a digit file, counting from 0 and wrapping round the ones there are (so pressing
 * "send a 7" again sends another 7): its place in the file and its 784 bytes (a copy). Null when no digit has the label.
 */
export function sampleWithLabel(file: ReturnType<typeof digitBytes>, label: number, n: number): { readonly index: number; readonly pixels: Uint8Array } | null {
  const places: number[] = [];
  for (let i = 0; i < file.count; i++) if (file.labels[i] === label) places.push(i);
  if (places.length === 0) return null;
  const index = places[((Math.floor(n) % places.length) + places.length) % places.length]!;
  const from = file.count + index * PIXELS;
  return { index, pixels: file.bytes.slice(from, from + PIXELS) };
}
