/** Each policy's line: a colour and a dash pattern, so policies are told apart without colour too (>= 3:1 on white). */
export const POLICY_COLORS = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c'] as const;
export const POLICY_DASHES = ['', '8 4', '2 3', '10 3 2 3', '14 5'] as const;
export const DEMAND_COLOR = '#334155';
export const SLO_COLOR = '#b91c1c';
export const CURSOR_COLOR = '#1b2533';

export function policyStyle(index: number): { readonly color: string; readonly dash: string } {
  return { color: POLICY_COLORS[index % POLICY_COLORS.length]!, dash: POLICY_DASHES[index % POLICY_DASHES.length]! };
}
