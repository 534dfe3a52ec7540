/** The words around the flow diagram: the values its nodes show at a step, and the text equivalent read aloud. */
import { formatNumber, formatPercent, keepsDesired, type Condition, type FlowNodeId, type ScalingConfig, type TraceStep } from '../../engine';
import { charsPerLine, decisionLabels, VALUE_CHAR_WIDTH, WIDE_VALUE_CHAR_WIDTH, wrapText, type FlowLayout } from './flowLayout';

const instancesWord = (count: number) => `${count} ${count === 1 ? 'instance' : 'instances'}`;

/** The answer part of a decision's question: "yes" from "120 > 100? yes", "yes, but already at max 10" likewise. */
export function answerOf(condition: Condition): string {
  const at = condition.question.lastIndexOf('? ');
  return at >= 0 ? condition.question.slice(at + 2) : condition.value ? 'yes' : 'no';
}

/** "Scale up: 1 → 2 instances", "Scale down: 2 → 1 instance", "No change: 2 instances". */
export function actionSummary(step: TraceStep): string {
  if (keepsDesired(step)) return `Set desired: ${instancesWord(step.instancesAfter)}, already running`;
  const change = `${step.instancesBefore} → ${instancesWord(step.instancesAfter)}`;
  switch (step.action) {
    case 'scale_up': return `Scale up: ${change}`;
    case 'scale_down': return `Scale down: ${change}`;
    case 'none': return `No change: ${instancesWord(step.instancesAfter)}`;
  }
}

/** What each node along the step's path shows under its label, already wrapped to the node's width. */
export function nodeValues(layout: FlowLayout, step: TraceStep | undefined): ReadonlyMap<FlowNodeId, readonly string[]> {
  const values = new Map<FlowNodeId, readonly string[]>();
  if (!step) return values;
  const text = new Map<FlowNodeId, string>();
  for (const condition of step.conditions) text.set(condition.node, condition.question);
  const change = `${step.instancesBefore} → ${step.instancesAfter}`;
  if (step.utilization !== undefined) text.set('measure', `now ${formatPercent(step.utilization)}`);
  text.set('scale_up', change);
  text.set('scale_down', change);
  const setTo = keepsDesired(step) ? `${step.instancesAfter} already running` : change;
  text.set('set_desired', step.desired === undefined ? setTo : `wants ${formatNumber(step.desired)}: ${setTo}`);
  text.set('no_change', `stays at ${step.instancesAfter}`);
  for (const node of layout.nodes) {
    const value = text.get(node.id);
    if (value === undefined || !step.flowPath.includes(node.id)) continue;
    const width = charsPerLine(node, layout.shape === 'wide' ? WIDE_VALUE_CHAR_WIDTH : VALUE_CHAR_WIDTH);
    values.set(node.id, wrapText(splitLongWords(value, width), width));
  }
  return values;
}

/** Cuts any word longer than a line (a 17-digit desired count) into line-long pieces, so a value never overflows its node. */
function splitLongWords(text: string, maxChars: number): string {
  return text.split(' ').map((word) => (word.length <= maxChars ? word : word.match(new RegExp(`.{1,${maxChars}}`, 'gu'))!.join(' '))).join(' ');
}

/**
 * The text equivalent of the diagram at a step, e.g.
 * "Step 3: load 120. load > 100? yes. Scale up: 1 → 2 instances. Load 120 is greater than …".
 */
export function narrateStep(config: ScalingConfig, step: TraceStep | undefined): string {
  if (!step) {
    return `Start: nothing has run yet; ${instancesWord(config.initial_servers)} running. The autoscaler is monitoring the load.`;
  }
  const labels = decisionLabels(config);
  const load = `load ${formatNumber(step.load)}${step.utilization === undefined ? '' : `, utilization ${formatPercent(step.utilization)}`}`;
  const decisions = step.conditions.map((condition) => {
    const label = labels[condition.node] ?? `${condition.label}?`;
    return `${label} ${answerOf(condition)}.`;
  });
  return [`Step ${step.step}: ${load}.`, ...decisions, `${actionSummary(step)}.`, step.reason].join(' ');
}

/** The diagram's structure in words, for the SVG's description. */
export function describeLayout(layout: FlowLayout): string {
  const label = new Map(layout.nodes.map((node) => [node.id, node.label.join(' ')]));
  const edges = layout.edges.map((edge) => `${label.get(edge.from)} ${edge.answer ? `${edge.answer}: ` : '→ '}${label.get(edge.to)}`);
  return `${edges.join('. ')}. ${label.get(layout.loop.from)} → back to ${label.get(layout.loop.to)}.`;
}
