/**
 * Recharts' axes in the theme's colours (src/app/theme.css). Recharts writes its greys (#666, #808080) into inline
 * styles, which a stylesheet cannot reach, so every chart passes these instead; SVG resolves the CSS variables.
 */
export const AXIS_PROPS = { stroke: 'var(--border-strong)', tick: { fill: 'var(--muted)' } } as const;
export const AXIS_LABEL_STYLE = { fill: 'var(--muted)' } as const;
