/**
 * Runs `task` when the page's thread is idle (requestIdleCallback, or a short timeout where a browser has none);
 * returns a cancel. For work that should be done before it is needed, never in the way: loading a chart library
 * while the learner reads, so a run's results do not also pay for it.
 */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 5000 });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(task, 200);
  return () => clearTimeout(timer);
}
