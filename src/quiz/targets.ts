/** Resolving what a question refers to into indices the views can highlight, and checking that it exists. */
import {
  tableColumns, trackerVariables,
  type FlowNodeId, type PolicyKind, type ScalingConfig, type Trace,
} from '../engine';
import type { ColumnRef, PictureTarget } from './types';

/** The flow diagram's nodes for a policy (the engine's flowPath values, in diagram order). */
export function flowNodes(policy: PolicyKind): readonly FlowNodeId[] {
  return policy === 'threshold'
    ? ['monitor', 'check_upper', 'scale_up', 'check_lower', 'scale_down', 'no_change', 'update', 'continue']
    : ['monitor', 'measure', 'check_target', 'set_desired', 'no_change', 'update', 'continue'];
}

/** A target with every header turned into an index; steps stay 1-based, columns are 0-based. */
export type ResolvedTarget =
  | { readonly kind: 'row'; readonly step: number }
  | { readonly kind: 'column'; readonly column: number }
  | { readonly kind: 'cell'; readonly step: number; readonly column: number }
  | { readonly kind: 'tracker'; readonly variable: string; readonly row: number; readonly column: number }
  | { readonly kind: 'node'; readonly node: FlowNodeId }
  | { readonly kind: 'config'; readonly key: string };

function columnIndex(ref: ColumnRef, headers: readonly string[]): number | undefined {
  if (typeof ref === 'number') return Number.isInteger(ref) && ref >= 0 && ref < headers.length ? ref : undefined;
  const index = headers.indexOf(ref);
  return index >= 0 ? index : undefined;
}

/** Tracker columns are Start, After 1..N, Final: resolved without building the header list. */
function trackerColumnIndex(ref: ColumnRef, length: number): number | undefined {
  if (typeof ref === 'number') return Number.isInteger(ref) && ref >= 0 && ref <= length + 1 ? ref : undefined;
  if (ref === 'Start') return 0;
  if (ref === 'Final') return length + 1;
  const match = /^After ([1-9]\d*)$/.exec(ref);
  const step = match ? Number(match[1]) : 0;
  return step >= 1 && step <= length ? step : undefined;
}

const stepExists = (step: number, trace: Trace) => Number.isInteger(step) && step >= 1 && step <= trace.length;

/** The target as indices into the trace's views, or undefined when it names something that is not there. */
export function resolveTarget(target: PictureTarget, trace: Trace): ResolvedTarget | undefined {
  const config: ScalingConfig = trace.config;
  switch (target.kind) {
    case 'row':
      return stepExists(target.step, trace) ? target : undefined;
    case 'column': {
      const column = columnIndex(target.column, tableColumns(config));
      return column === undefined ? undefined : { kind: 'column', column };
    }
    case 'cell': {
      const column = columnIndex(target.column, tableColumns(config));
      return column === undefined || !stepExists(target.step, trace) ? undefined : { kind: 'cell', step: target.step, column };
    }
    case 'tracker': {
      const row = trackerVariables(config).indexOf(target.variable);
      const column = trackerColumnIndex(target.column, trace.length);
      return row < 0 || column === undefined ? undefined : { kind: 'tracker', variable: target.variable, row, column };
    }
    case 'node':
      return flowNodes(config.policy).includes(target.node) ? target : undefined;
    case 'config':
      return Object.prototype.hasOwnProperty.call(config, target.key) ? target : undefined;
  }
}

export function targetExists(target: PictureTarget, trace: Trace): boolean {
  return resolveTarget(target, trace) !== undefined;
}
