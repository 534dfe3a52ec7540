import { memo } from 'react';
import type { ScalingConfig } from '../../engine';
import { legendItems } from './chartText';
import { CHART_COLORS, CHART_DASHES } from './chartColors';

/** The chart's legend as HTML text: readable by screen readers, and free to render when the cursor moves. */
export const ChartLegend = memo(function ChartLegend({ config }: { readonly config: ScalingConfig }) {
  return (
    <ul className="trace-chart-legend" aria-label="Legend">
      {legendItems(config).map((item) => (
        <li key={item.kind}>
          <svg width="22" height="10" aria-hidden="true" focusable="false">
            {item.kind === 'load' ? <rect x="0" y="2" width="22" height="8" fill={CHART_COLORS.load} fillOpacity={0.15} /> : null}
            <line x1="0" x2="22" y1={item.kind === 'load' ? 2 : 5} y2={item.kind === 'load' ? 2 : 5} stroke={CHART_COLORS[item.kind]}
              strokeWidth={2} strokeDasharray={CHART_DASHES[item.kind]} />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
});
