/**
 * A first-in-first-out queue of numbers (request ids, arrival times) in a ring that doubles when it is full: every
 * operation is O(1), and pushing allocates nothing once the ring has grown to the longest the queue gets. The LLM
 * server's waiting requests, the gateway's and the measured replica's arrivals are each one.
 */
export class RingQueue {
  private values: Float64Array;
  private head = 0;
  /** values queued now */
  length = 0;

  constructor(capacity = 16) {
    this.values = new Float64Array(Math.max(1, capacity));
  }

  push(value: number): void {
    if (this.length === this.values.length) this.grow();
    const at = this.head + this.length;
    this.values[at < this.values.length ? at : at - this.values.length] = value;
    this.length++;
  }

  /** The oldest value (call only when length > 0). */
  peek(): number {
    return this.values[this.head]!;
  }

  /** Removes and returns the oldest value (call only when length > 0). */
  shift(): number {
    const value = this.values[this.head]!;
    this.head = this.head + 1 === this.values.length ? 0 : this.head + 1;
    this.length--;
    return value;
  }

  clear(): void {
    this.head = 0;
    this.length = 0;
  }

  private grow(): void {
    const grown = new Float64Array(this.values.length * 2);
    for (let i = 0; i < this.length; i++) grown[i] = this.values[(this.head + i) % this.values.length]!;
    this.values = grown;
    this.head = 0;
  }
}
