/**
 * One colour and one dash pattern per series, shared by the drawing and its HTML legend. Colours are the theme's CSS
 * variables (src/app/theme.css: Okabe-Ito hues, >= 3:1 on the surface in every theme), which SVG presentation
 * attributes resolve; the dash patterns tell the lines apart without colour.
 */
import type { LegendKind } from './chartText';

export const CHART_COLORS: Readonly<Record<LegendKind, string>> = {
  load: 'var(--chart-load)',
  instances: 'var(--chart-instances)',
  capacity: 'var(--chart-capacity)',
  upper: 'var(--chart-upper)',
  lower: 'var(--chart-lower)',
  cursor: 'var(--chart-cursor)',
};

/** stroke-dasharray per series; undefined: a solid line */
export const CHART_DASHES: Readonly<Record<LegendKind, string | undefined>> = {
  load: undefined,
  instances: undefined,
  capacity: '6 3',
  upper: '9 4',
  lower: '2 3',
  cursor: undefined,
};

export const CHART_GRID = 'var(--chart-grid)';
/** behind a label drawn over the lines */
export const CHART_SURFACE = 'var(--surface)';
