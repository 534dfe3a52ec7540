/** How the Lab writes times and durations. Pure. */

/** 5400 -> "1 h 30 min". */
export function formatDuration(seconds: number): string {
  const d = Math.floor(seconds / 86_400);
  const h = Math.floor((seconds % 86_400) / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const parts = [d ? `${d} d` : '', h ? `${h} h` : '', m ? `${m} min` : '', s ? `${s} s` : ''].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : '0 s';
}

/** A second as a clock time from the start: 75 -> "1:15", 3725 -> "1:02:05", 300000 -> "3d 11:20:00". */
export function clockTime(second: number): string {
  const d = Math.floor(second / 86_400);
  const h = Math.floor((second % 86_400) / 3600);
  const m = Math.floor((second % 3600) / 60);
  const s = second % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (d > 0) return `${d}d ${pad(h)}:${pad(m)}:${pad(s)}`;
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
