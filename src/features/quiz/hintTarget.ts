/** Where a hint points, turned into what the views need: the step to run up to so the target can be seen. Pure. */
import type { Trace } from '../../engine';
import { resolveTarget, type PictureTarget } from '../../quiz';

/**
 * The cursor that makes the target visible when rows after the cursor are hidden, or undefined when no move is
 * needed (the target is already shown, has no step, or does not exist in this trace).
 */
export function cursorToReveal(target: PictureTarget, trace: Trace, cursor: number): number | undefined {
  const resolved = resolveTarget(target, trace);
  if (!resolved) return undefined;
  let step: number | undefined;
  if (resolved.kind === 'row' || resolved.kind === 'cell') step = resolved.step;
  // tracker columns: 0 Start, k After k, length + 1 Final (shown once the run is over)
  else if (resolved.kind === 'tracker') step = Math.min(resolved.column, trace.length);
  return step !== undefined && step > cursor ? step : undefined;
}
