import { useEffect, useRef } from 'react';
import { pointAlong, type Point } from './flowLayout';

interface TravellingTokenProps {
  /** the route's points; nothing is drawn when empty */
  readonly route: readonly Point[];
  /** changes whenever the journey should start again (the step) */
  readonly runKey: string | number;
  readonly durationMs: number;
}

const easeInOut = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

/**
 * A token that travels the route once per runKey and stays at its end. Moves the circle by attribute, frame by
 * frame, without re-rendering React, at points computed along the route (no layout asked of the browser). Leave it out
 * entirely when the user prefers reduced motion.
 */
export function TravellingToken({ route, runKey, durationMs }: TravellingTokenProps) {
  const tokenRef = useRef<SVGCircleElement>(null);

  useEffect(() => {
    const token = tokenRef.current;
    if (!token || route.length === 0) return undefined;
    const place = (fraction: number) => {
      const [x, y] = pointAlong(route, fraction);
      token.setAttribute('cx', String(x));
      token.setAttribute('cy', String(y));
    };
    let frame = 0;
    const started = performance.now();
    const tick = (now: number) => {
      const t = Math.min((now - started) / durationMs, 1);
      place(easeInOut(t));
      if (t < 1) frame = requestAnimationFrame(tick);
    };
    place(0);
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [route, runKey, durationMs]);

  if (route.length === 0) return null;
  return (
    <g aria-hidden="true">
      <circle ref={tokenRef} className="flow-token" r={7} cx={-20} cy={-20} />
    </g>
  );
}
