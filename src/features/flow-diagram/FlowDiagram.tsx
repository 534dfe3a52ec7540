import { useId, useMemo, type CSSProperties } from 'react';
import type { FlowNodeId } from '../../engine';
import { Panel } from '../../ui/Panel';
import { LESSON_FLOW_SUMMARY } from '../../content/lesson';
import { useAppStore } from '../../store/store';
import { selectCurrentStep } from '../../store/selectors';
import { edgeKey, flowLayout, pathEdges, polylineD, TALL, tokenRoutePoints, type FlowArrangement, type FlowEdge } from './flowLayout';
import { describeLayout, narrateStep, nodeValues } from './flowText';
import { FlowNodeShape } from './FlowNodeShape';
import { TravellingToken } from './TravellingToken';
import { usePrefersReducedMotion } from './usePrefersReducedMotion';
import './flow.css';

/** At Start nothing has run: requests arrive and the autoscaler is monitoring. */
const START_PATH: readonly FlowNodeId[] = ['start', 'monitor'];

/** The nodes lit at a cursor: Start before step 1; the step's path; and End once the last load is processed. */
export function litPath(stepPath: readonly FlowNodeId[] | undefined, cursor: number, steps: number): readonly FlowNodeId[] {
  if (!stepPath) return START_PATH;
  return cursor >= steps ? [...stepPath, 'end'] : stepPath;
}
/** how long the token takes to travel a step's path at 1x speed */
const TRAVEL_MS = 1100;

/**
 * The process flow as an SVG: the current step's path lit, a token travelling it, values on the decisions.
 * `arrangement` WIDE (flowWide.ts) lays it out landscape, for a slide.
 */
export function FlowDiagram({ arrangement = TALL }: { readonly arrangement?: FlowArrangement }) {
  const config = useAppStore((state) => state.trace.config);
  const step = useAppStore(selectCurrentStep);
  const cursor = useAppStore((state) => state.cursor);
  const steps = useAppStore((state) => state.trace.length);
  const highlight = useAppStore((state) => state.highlightTarget);
  const speed = useAppStore((state) => state.speed);
  const reducedMotion = usePrefersReducedMotion();
  const ids = useId().replace(/[^a-zA-Z0-9_-]/g, '');

  const layout = useMemo(() => flowLayout(config, arrangement), [config, arrangement]);
  const description = useMemo(() => describeLayout(layout), [layout]);
  const values = useMemo(() => nodeValues(layout, step), [layout, step]);
  const path = litPath(step?.flowPath, cursor, steps);
  const pathKey = path.join();
  // the same array while the path is the same, so a re-render does not send the token off again
  const route = useMemo(() => tokenRoutePoints(layout, path), [layout, pathKey]);
  const litEdges = new Set(pathEdges(layout, path).map(edgeKey));
  const highlightedNode = highlight?.kind === 'node' ? highlight.node : undefined;
  const policyName = config.policy === 'threshold' ? 'threshold' : 'target tracking';
  const arrow = `${ids}-arrow`;
  const arrowLit = `${ids}-arrow-lit`;

  const drawEdge = (edge: FlowEdge, lit: boolean, key: string) => (
    <g key={key} className={`flow-edge${lit ? ' flow-edge--lit' : ''}`} data-edge={key} data-active={lit ? 'true' : 'false'}>
      <path d={polylineD(edge.points)} markerEnd={`url(#${lit ? arrowLit : arrow})`} />
      {edge.answer && edge.answerAt
        ? <text className="flow-answer" x={edge.answerAt[0]} y={edge.answerAt[1]} textAnchor="middle">{edge.answer === 'yes' ? 'Yes' : 'No'}</text>
        : null}
    </g>
  );

  return (
    <Panel id="flow-diagram" title="Flow diagram">
      <div className="flow-figure">
        <svg
          className="flow-svg"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          // a slide sizes the diagram by its viewBox height, so that its labels read at projector size (present.css)
          style={{ '--flow-viewbox-height': layout.height } as CSSProperties}
          role="img"
          aria-labelledby={`${ids}-title`}
          aria-describedby={`${ids}-desc`}
          data-policy={config.policy}
          data-shape={layout.shape}
          data-step={step?.step ?? 0}
        >
          <title id={`${ids}-title`}>{`Process flow of the ${policyName} policy`}</title>
          <desc id={`${ids}-desc`}>{description}</desc>
          <defs>
            {[arrow, arrowLit].map((id) => (
              <marker key={id} id={id} className={id === arrowLit ? 'flow-arrow--lit' : 'flow-arrow'} viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse">
                <path d="M0 0 L10 5 L0 10 z" />
              </marker>
            ))}
          </defs>
          {drawEdge(layout.loop, false, 'loop')}
          {layout.edges.map((edge) => drawEdge(edge, litEdges.has(edgeKey(edge)), edgeKey(edge)))}
          {layout.nodes.map((node) => (
            <FlowNodeShape
              key={node.id}
              node={node}
              active={path.includes(node.id)}
              highlighted={node.id === highlightedNode}
              values={values.get(node.id) ?? []}
            />
          ))}
          {reducedMotion ? null : (
            <TravellingToken route={route} runKey={`${step?.step ?? 0}:${path.join()}`} durationMs={TRAVEL_MS / speed} />
          )}
        </svg>
        <p className="flow-summary"><span className="voice">from the lesson</span> {LESSON_FLOW_SUMMARY}</p>
        <div className="flow-caption">
          <span className="voice">written by the app for this step</span>
          <p aria-live="polite">{narrateStep(config, step)}</p>
        </div>
      </div>
    </Panel>
  );
}
