import { useEffect, useState, type RefObject } from 'react';

/**
 * True once the element has come within `margin` of the viewport (and from then on; with `once` false, only while it
 * is). Heavy views below the fold (a chart library) wait for it, so the main thread is not busy with what nobody sees.
 * Without IntersectionObserver (old browsers, jsdom) it is true at once.
 */
export function useNearViewport(ref: RefObject<Element | null>, margin = '300px', once = true): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const done = once && near;
  useEffect(() => {
    const element = ref.current;
    if (done || !element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      const now = entries.some((entry) => entry.isIntersecting);
      setNear(now);
      if (now && once) observer.disconnect();
    }, { rootMargin: margin });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin, once, done]);
  return near;
}

/**
 * `value` while `live`; while not, the last value it had while live (undefined until it first is). Off-screen views
 * keep drawing what they drew and catch up when they come into view, instead of redrawing for every change made
 * elsewhere on the page.
 */
export function useHeldWhile<T>(value: T, live: boolean): T | undefined {
  const [held, setHeld] = useState<T | undefined>(live ? value : undefined);
  if (live && held !== value) setHeld(value); // kept from this render on (React's pattern for state derived from props)
  return live ? value : held;
}
