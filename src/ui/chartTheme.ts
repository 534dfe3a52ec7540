import { formatDecimal } from '../engine/format';
/**
 * Recharts' axes in the theme's colours (src/app/theme.css). Recharts writes its greys (#666, #808080) into inline
 * styles, which a stylesheet cannot reach, so every chart passes these instead; SVG resolves the CSS variables.
 */
export const AXIS_PROPS = { stroke: 'var(--border-strong)', tick: { fill: 'var(--muted)' } } as const;
export const AXIS_LABEL_STYLE = { fill: 'var(--muted)' } as const;

/** A y-axis tick: thousands as "12k" from 10,000 up, else at most one decimal. */
export const formatAxisValue = (value: number): string => (Math.abs(value) >= 10_000 ? `${Math.round(value / 1000)}k` : formatDecimal(value, 1));
