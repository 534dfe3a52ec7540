import { decisionPolygon, LINE_HEIGHT, type FlowNodeBox } from './flowLayout';

interface FlowNodeShapeProps {
  readonly node: FlowNodeBox;
  /** on the current step's path */
  readonly active: boolean;
  /** asked for from outside (a quiz hint) */
  readonly highlighted: boolean;
  /** the step's values under the label, already wrapped */
  readonly values: readonly string[];
}

const OUTLINE = 6;

/** One node of the flow diagram: its shape, label lines and (when on the path) the step's values. */
export function FlowNodeShape({ node, active, highlighted, values }: FlowNodeShapeProps) {
  const { x, y, w, h } = node;
  const lines = node.label.length + values.length;
  const firstBaseline = y + h / 2 - (lines * LINE_HEIGHT) / 2 + LINE_HEIGHT * 0.72;
  const cx = x + w / 2;
  return (
    <g
      className={`flow-node flow-node--${node.kind}`}
      data-node={node.id}
      data-active={active ? 'true' : 'false'}
      data-highlighted={highlighted ? 'true' : undefined}
    >
      {highlighted ? (
        <rect className="flow-highlight" x={x - OUTLINE} y={y - OUTLINE} width={w + 2 * OUTLINE} height={h + 2 * OUTLINE} rx={12} />
      ) : null}
      {node.kind === 'decision'
        ? <polygon className="flow-shape" points={decisionPolygon(node)} />
        : <rect className="flow-shape" x={x} y={y} width={w} height={h} rx={node.kind === 'start' || node.kind === 'terminal' ? h / 2 : 8} />}
      <text x={cx} y={firstBaseline} textAnchor="middle">
        {node.label.map((line, i) => (
          <tspan key={`l${i}`} className="flow-label" x={cx} dy={i === 0 ? 0 : LINE_HEIGHT}>{line}</tspan>
        ))}
        {values.map((line, i) => (
          <tspan key={`v${i}`} className="flow-value" x={cx} dy={LINE_HEIGHT}>{line}</tspan>
        ))}
      </text>
    </g>
  );
}
