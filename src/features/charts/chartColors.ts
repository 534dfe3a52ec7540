/** One colour per series, shared by the drawing and its HTML legend (contrast >= 3:1 on white for lines). */
import type { LegendKind } from './chartSeries';

export const CHART_COLORS: Readonly<Record<LegendKind, string>> = {
  load: '#1d4ed8',
  instances: '#b45309',
  capacity: '#7c3aed',
  upper: '#b91c1c',
  lower: '#0f766e',
  cursor: '#1b2533',
};
