/**
 * Replicas on their way to ready: the provisioning list of the tick loop, stage by stage. A replica asked for at the
 * end of second t provisions from t + 1 and is ready at the start of second t + 1 + its cold start. With one stage
 * (`--cold-start S`) every replica takes S seconds; with stages (node, image, weights, warm-up) a replica on a warm
 * node skips the node stage (see coldStart.ts): a node is warm while fewer than `warm_nodes` nodes are in use, or when
 * a node released in the last `node_keep_warm_s` seconds (a drained replica's, or a cancelled one that had a node) is
 * free. Cancelling takes the newest first. Typed arrays sized once per run: nothing is allocated per tick.
 */
import type { ColdStartSettings } from './types';

export class Provisioner {
  /** provisioning replicas, oldest first: the second each becomes ready, and when its node stage ends */
  private readonly readyAt: Int32Array;
  private readonly nodeEnd: Int32Array;
  private readonly startAt: Int32Array;
  /** replicas provisioning now */
  provisioning = 0;
  /** released warm nodes: the second each stops being warm (a ring, oldest first) */
  private readonly warmUntil: Int32Array;
  private warmHead = 0;
  private warmLength = 0;
  /** provisioning replicas by stage after the last `tick` */
  node = 0;
  image = 0;
  weights = 0;
  warmup = 0;

  constructor(
    capacity: number,
    private readonly singleS: number,
    private readonly staged: ColdStartSettings | undefined,
  ) {
    const size = Math.max(1, capacity);
    this.readyAt = new Int32Array(size);
    this.nodeEnd = new Int32Array(size);
    this.startAt = new Int32Array(size);
    this.warmUntil = new Int32Array(this.staged === undefined ? 1 : 4 * size + 16);
  }

  /** Starts `count` replicas at the end of second t; `inUse` = nodes held now (ready + provisioning + draining). */
  start(count: number, t: number, inUse: number): void {
    for (let i = 0; i < count; i++) {
      if (this.provisioning === this.readyAt.length) return; // more than the bounds allow: cannot happen with a checked input
      const from = t + 1;
      let total = this.singleS;
      let nodeEnd = from;
      if (this.staged !== undefined) {
        const { node_s, image_s, weights_s, warmup_s } = this.staged.stages;
        const warm = inUse + i < this.staged.warm_nodes || this.takeWarmNode(t);
        nodeEnd = from + (warm ? 0 : node_s);
        total = (warm ? 0 : node_s) + image_s + weights_s + warmup_s;
      }
      this.startAt[this.provisioning] = from;
      this.nodeEnd[this.provisioning] = nodeEnd;
      this.readyAt[this.provisioning++] = from + total;
    }
  }

  /** Cancels up to `count` replicas, newest first, at the end of second t; returns how many were cancelled. */
  cancel(count: number, t: number): number {
    const cancelled = Math.min(count, this.provisioning);
    const left = this.provisioning - cancelled;
    const { nodeEnd } = this;
    if (this.staged !== undefined) for (let i = left; i < left + cancelled; i++) if (t + 1 >= nodeEnd[i]!) this.releaseNodes(1, t);
    this.provisioning = left;
    return cancelled;
  }

  /** Nodes of `count` replicas that are gone (drained) at second t stay warm for `node_keep_warm_s`. */
  releaseNodes(count: number, t: number): void {
    if (this.staged === undefined) return;
    const size = this.warmUntil.length;
    for (let i = 0; i < count; i++) {
      if (this.warmLength === size) { this.warmHead = (this.warmHead + 1) % size; this.warmLength--; }
      this.warmUntil[(this.warmHead + this.warmLength) % size] = t + this.staged.node_keep_warm_s;
      this.warmLength++;
    }
  }

  private takeWarmNode(t: number): boolean {
    const size = this.warmUntil.length;
    while (this.warmLength > 0 && this.warmUntil[this.warmHead]! <= t) { this.warmHead = (this.warmHead + 1) % size; this.warmLength--; }
    if (this.warmLength === 0) return false;
    this.warmHead = (this.warmHead + 1) % size;
    this.warmLength--;
    return true;
  }

  /** Second t begins: returns how many replicas become ready now, and counts the rest by stage. */
  tick(t: number): number {
    const { readyAt, nodeEnd, startAt, provisioning } = this;
    const staged = this.staged !== undefined;
    if (!staged) {
      // one stage: every replica takes the same time, so they become ready in the order they started (oldest first);
      // most seconds none does, and nothing is touched
      let done = 0;
      while (done < provisioning && readyAt[done]! <= t) done++;
      if (done > 0) {
        readyAt.copyWithin(0, done, provisioning); nodeEnd.copyWithin(0, done, provisioning); startAt.copyWithin(0, done, provisioning);
        this.provisioning = provisioning - done;
      }
      return done;
    }
    let ready = 0;
    let kept = 0;
    this.node = 0; this.image = 0; this.weights = 0; this.warmup = 0;
    for (let i = 0; i < provisioning; i++) {
      const at = readyAt[i]!;
      if (at <= t) { ready++; continue; }
      this.countStage(t, i, at);
      readyAt[kept] = at; nodeEnd[kept] = nodeEnd[i]!; startAt[kept] = startAt[i]!;
      kept++;
    }
    this.provisioning = kept;
    return ready;
  }

  private countStage(t: number, i: number, readyAt: number): void {
    const { image_s, weights_s } = this.staged!.stages;
    const nodeEnd = this.nodeEnd[i]!;
    if (t < nodeEnd) this.node++;
    else if (t < nodeEnd + image_s) this.image++;
    else if (t < nodeEnd + image_s + weights_s) this.weights++;
    else if (t < readyAt) this.warmup++;
  }
}
