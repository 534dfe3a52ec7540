/** Measured forward-pass time against batch size, one dot a second, with the fitted `itl_base_ms + itl_per_seq_ms x batch` line. */
import { CartesianGrid, ComposedChart, Line, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDecimal } from '../../engine/format';
import type { LiveSecond } from '../../engine/live/recorder';
import { AXIS_LABEL_STYLE, AXIS_PROPS } from '../../ui/chartTheme';
import { GRID_COLOR } from '../../ui/policyStyle';

/** batch means and times are float32 in the recorder: two decimals are what was measured */
const round2 = (value: unknown) => (typeof value === 'number' ? formatDecimal(value, 2) : String(value));

export function BatchFitChart({ seconds, fit }: { readonly seconds: readonly LiveSecond[]; readonly fit: { readonly baseMs: number; readonly perRequestMs: number } }) {
  const dots = seconds.filter((s) => s.service_ms !== null && s.batch_mean > 0).map((s) => ({ batch: s.batch_mean, measured: s.service_ms }));
  const most = Math.max(1, ...dots.map((d) => d.batch));
  const line = [1, most].map((batch) => ({ batch, fitted: Math.max(0, fit.baseMs + fit.perRequestMs * batch) }));
  return (
    <figure className="live-chart">
      <figcaption>Forward pass against batch size</figcaption>
      <ComposedChart responsive style={{ width: '100%', height: 200 }} margin={{ top: 8, right: 12, bottom: 12, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke={GRID_COLOR} />
        <XAxis {...AXIS_PROPS} dataKey="batch" type="number" domain={[0, Math.ceil(most)]} tickFormatter={round2} height={30}
          label={{ value: 'requests in the batch', position: 'insideBottom', offset: -4, style: { fontSize: 12, ...AXIS_LABEL_STYLE } }} />
        <YAxis {...AXIS_PROPS} width={56} tickFormatter={round2} label={{ value: 'ms', angle: -90, position: 'insideLeft', offset: 10, style: { fontSize: 12, ...AXIS_LABEL_STYLE } }} />
        <Tooltip isAnimationActive={false} formatter={round2} labelFormatter={(batch) => `batch ${round2(batch)}`} />
        <Scatter name="measured (one second)" data={dots} dataKey="measured" fill="var(--series-1)" isAnimationActive={false} />
        <Line name="fitted line" data={line} dataKey="fitted" stroke="var(--series-2)" strokeDasharray="6 4" dot={false} isAnimationActive={false} />
      </ComposedChart>
    </figure>
  );
}
