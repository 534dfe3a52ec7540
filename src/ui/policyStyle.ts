/**
 * Each policy's line: a colour and a dash pattern, so policies are told apart without colour too. The colours are the
 * theme's series variables (src/app/theme.css: Okabe-Ito hues, >= 3:1 on the surface in light, dark and high contrast).
 */
export const POLICY_COLORS = ['var(--series-1)', 'var(--series-2)', 'var(--series-3)', 'var(--series-4)', 'var(--series-5)'] as const;
export const POLICY_DASHES = ['', '8 4', '2 3', '10 3 2 3', '14 5'] as const;
export const DEMAND_COLOR = 'var(--chart-demand)';
export const SLO_COLOR = 'var(--error)';
export const CURSOR_COLOR = 'var(--chart-cursor)';
export const RAW_COLOR = 'var(--chart-raw)';
export const GRID_COLOR = 'var(--chart-grid)';

export function policyStyle(index: number): { readonly color: string; readonly dash: string } {
  return { color: POLICY_COLORS[index % POLICY_COLORS.length]!, dash: POLICY_DASHES[index % POLICY_DASHES.length]! };
}

/** The CSS border style nearest a policy's dash pattern, for swatches drawn with a border (tables, cards). */
export function policyBorderStyle(index: number): 'solid' | 'dashed' | 'dotted' {
  const dash = POLICY_DASHES[index % POLICY_DASHES.length]!;
  return dash === '' ? 'solid' : dash === '2 3' ? 'dotted' : 'dashed';
}
