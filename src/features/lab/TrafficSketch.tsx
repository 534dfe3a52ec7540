/**
 * Draw the traffic: press and drag over the sketch to set the rate of each span of time under the pointer (a minute,
 * or longer on long runs). The points table below does the same from the keyboard; every result passes the engine's
 * CSV rules before it is used.
 */
import { useRef, useState } from 'react';
import { parseTrafficCsv, rateAt, type TrafficProfile } from './labEngine';
import { MAX_TABLE_POINTS, profileToCsv, withRateOver } from './trafficText';
import { clockTime } from './labFormat';

const WIDTH = 600;
const HEIGHT = 120;

export function TrafficSketch({ profile, seconds, onChange }: { readonly profile: TrafficProfile; readonly seconds: number; readonly onChange: (profile: TrafficProfile) => void }) {
  const svg = useRef<SVGSVGElement>(null);
  const [drawing, setDrawing] = useState<{ readonly top: number } | null>(null);
  const [note, setNote] = useState('');
  const span = Math.max(60, Math.ceil(seconds / 100 / 60) * 60);
  const peak = Math.max(10, ...profile.points.map((p) => p.rps));
  const top = drawing?.top ?? Math.ceil((peak * 1.25) / 10) * 10;
  const x = (t: number) => (Math.min(t, seconds) / seconds) * WIDTH;
  const y = (rps: number) => HEIGHT - (rps / top) * HEIGHT;
  const path = profile.points.map((p, i) => {
    const end = profile.points[i + 1]?.t ?? seconds;
    return `${i === 0 ? 'M' : 'L'}${x(p.t)},${y(p.rps)} L${x(end)},${y(p.rps)}`;
  }).join(' ');
  const drawAt = (clientX: number, clientY: number, scale: number) => {
    const box = svg.current?.getBoundingClientRect();
    if (!box || box.width === 0) return;
    const t = Math.min(seconds - 1, Math.max(0, ((clientX - box.left) / box.width) * seconds));
    const rps = Math.max(0, Math.round(((box.bottom - clientY) / box.height) * scale));
    const from = Math.floor(t / span) * span;
    const next = withRateOver(profile, from, Math.min(from + span, seconds), rps, rateAt);
    if (next.points.length > MAX_TABLE_POINTS) { setNote(`At most ${MAX_TABLE_POINTS} points: draw wider steps or import a CSV.`); return; }
    const checked = parseTrafficCsv(profileToCsv(next), 'drawing');
    if (!checked.ok) { setNote(checked.errors[0]?.message ?? ''); return; }
    setNote(`${clockTime(from)}–${clockTime(Math.min(from + span, seconds))}: ${rps} req/s`);
    onChange(checked.value);
  };
  return (
    <figure className="lab-sketch">
      <svg ref={svg} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" role="img"
        aria-label={`Traffic over the run, up to ${top} requests per second; draw on it with a mouse or finger, or edit the points below`}
        onPointerDown={(event) => { event.currentTarget.setPointerCapture(event.pointerId); setDrawing({ top }); drawAt(event.clientX, event.clientY, top); }}
        onPointerMove={(event) => { if (drawing) drawAt(event.clientX, event.clientY, drawing.top); }}
        onPointerUp={() => setDrawing(null)} onPointerCancel={() => setDrawing(null)}>
        <rect x="0" y="0" width={WIDTH} height={HEIGHT} fill="var(--surface-2)" stroke="var(--border-strong)" />
        <path d={path} fill="none" stroke="var(--chart-demand)" strokeWidth="2" vectorEffect="non-scaling-stroke" />
      </svg>
      <figcaption className="lab-small muted">
        Draw: press and drag to set the rate of each {span / 60 === 1 ? 'minute' : `${span / 60}-minute span`} (top: {top} req/s). {note}
      </figcaption>
    </figure>
  );
}
