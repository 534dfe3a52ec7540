/**
 * A digit drawn on a canvas, made to look like MNIST's: the ink's bounding box scaled to fit 20 x 20 (aspect kept),
 * placed in 28 x 28 so its centre of mass is at the centre, as the MNIST digits were prepared. Pure.
 */
import { PIXELS, SIDE } from './lenet';

/** `ink` is a square grey image (0..1, `side` x `side`); returns 784 bytes (0..255), or null when nothing is drawn. */
export function toMnist(ink: Float32Array, side: number): Uint8Array | null {
  let top = side, left = side, bottom = -1, right = -1;
  for (let y = 0; y < side; y++) for (let x = 0; x < side; x++) {
    if (ink[y * side + x]! > 0.05) { top = Math.min(top, y); bottom = Math.max(bottom, y); left = Math.min(left, x); right = Math.max(right, x); }
  }
  if (bottom < 0) return null;
  const boxW = right - left + 1;
  const boxH = bottom - top + 1;
  const scale = 20 / Math.max(boxW, boxH);
  const w = Math.max(1, Math.round(boxW * scale));
  const h = Math.max(1, Math.round(boxH * scale));
  // area-average the box into w x h
  const small = new Float32Array(w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    const y0 = top + Math.floor((y * boxH) / h), y1 = top + Math.max(Math.floor(((y + 1) * boxH) / h), Math.floor((y * boxH) / h) + 1);
    const x0 = left + Math.floor((x * boxW) / w), x1 = left + Math.max(Math.floor(((x + 1) * boxW) / w), Math.floor((x * boxW) / w) + 1);
    let sum = 0;
    for (let yy = y0; yy < y1; yy++) for (let xx = x0; xx < x1; xx++) sum += ink[yy * side + xx]!;
    small[y * w + x] = sum / ((y1 - y0) * (x1 - x0));
  }
  let mass = 0, cx = 0, cy = 0;
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) { const v = small[y * w + x]!; mass += v; cx += v * x; cy += v * y; }
  const offX = Math.round(SIDE / 2 - (mass > 0 ? cx / mass : w / 2) - 0.5);
  const offY = Math.round(SIDE / 2 - (mass > 0 ? cy / mass : h / 2) - 0.5);
  const out = new Uint8Array(PIXELS);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    const X = x + offX, Y = y + offY;
    if (X >= 0 && X < SIDE && Y >= 0 && Y < SIDE) out[Y * SIDE + X] = Math.round(Math.min(1, small[y * w + x]!) * 255);
  }
  return out;
}
