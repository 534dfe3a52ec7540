import { useEffect, useRef } from 'react';

interface TravellingTokenProps {
  /** SVG path data of the route; nothing is drawn when empty */
  readonly route: string;
  /** changes whenever the journey should start again (the step) */
  readonly runKey: string | number;
  readonly durationMs: number;
}

const easeInOut = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

/**
 * A token that travels the route once per runKey and stays at its end. Moves the circle by attribute, frame by
 * frame, without re-rendering React. Leave it out entirely when the user prefers reduced motion.
 */
export function TravellingToken({ route, runKey, durationMs }: TravellingTokenProps) {
  const routeRef = useRef<SVGPathElement>(null);
  const tokenRef = useRef<SVGCircleElement>(null);

  useEffect(() => {
    const path = routeRef.current;
    const token = tokenRef.current;
    if (!path || !token || typeof path.getTotalLength !== 'function') return undefined;
    const length = path.getTotalLength();
    const place = (fraction: number) => {
      const point = path.getPointAtLength(length * fraction);
      token.setAttribute('cx', String(point.x));
      token.setAttribute('cy', String(point.y));
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

  if (!route) return null;
  return (
    <g aria-hidden="true">
      <path ref={routeRef} d={route} fill="none" stroke="none" />
      <circle ref={tokenRef} className="flow-token" r={7} cx={-20} cy={-20} />
    </g>
  );
}
