/**
 * The Lab: its inputs (one object, so the link follows one reference), the cursor second, and the state of the run the
 * worker makes from them. Types only from the time engine: the Lab's engine code stays in the Lab's lazy chunk, which
 * fills the inputs with defaults when it opens (`lab` is null until then) and decodes a link left in `labLink`.
 */
import type { StateCreator } from 'zustand';
import { uniqueName as uniqueKindName } from '../engine/policies/names';
import type { NamedPolicy } from '../engine/policies/types';
import { profileLength, scenarioLength } from '../engine/time/trafficLength';
import { MAX_LAB_POLICIES, type LabInputs, type LabTraffic } from './labLink';
import type { AppState, LabRun, LabSlice } from './types';

export type { LabRun, LabRunStatus, LabSlice } from './types';


/** Names in one run must be told apart in legends and the compare table (by kind, else by number). */
const uniqueName = (policy: NamedPolicy, others: readonly NamedPolicy[]): string => uniqueKindName(policy.name, policy.config.policy, others);

/** Seconds a traffic covers by itself (null: it fits any run), which the run follows until the learner sets a length. */
export function trafficLength(traffic: LabTraffic): number | null {
  return traffic.kind === 'scenario' ? scenarioLength(traffic.name) : profileLength(traffic.profile.points);
}

const IDLE_RUN: LabRun = { status: 'idle', progress: 0, inputs: null, traces: [], error: null };

export const createLabSlice: StateCreator<AppState, [], [], LabSlice> = (set, get) => {
  const update = (change: (lab: LabInputs) => LabInputs) => {
    const { lab } = get();
    if (!lab) return;
    const next = change(lab);
    if (next !== lab) set((state) => ({ lab: next, labCursor: Math.min(state.labCursor, next.seconds - 1) }));
  };
  return {
    lab: null,
    labLink: null,
    labCursor: 0,
    labRun: IDLE_RUN,
    setLabLink: (encoded) => set({ labLink: encoded }),
    openLab: ({ inputs, cursor }) => set({ lab: inputs, labCursor: Math.min(Math.max(0, Math.round(cursor)), inputs.seconds - 1) }),
    replaceLab: (shared, title) => get().changeLabUndoably(title, () => get().openLab(shared)),
    changeLabUndoably: (title, change) => {
      const before = get().lab;
      const cursor = get().labCursor;
      change();
      if (!before || get().lab === before) return;
      get().showNotice({ title, details: [], action: { label: 'Undo', run: () => { get().openLab({ inputs: before, cursor }); get().dismissNotice(); } } });
    },
    setLabTraffic: (traffic) => update((lab) => ({ ...lab, traffic, seconds: lab.lengthSet ? lab.seconds : trafficLength(traffic) ?? lab.seconds })),
    setLabPolicy: (index, policy) => update((lab) => {
      if (index < 0 || index >= lab.policies.length) return lab;
      const others = lab.policies.filter((_, i) => i !== index);
      return { ...lab, policies: lab.policies.map((p, i) => (i === index ? { ...policy, name: uniqueName(policy, others) } : p)) };
    }),
    addLabPolicy: (policy) => update((lab) => (lab.policies.length >= MAX_LAB_POLICIES ? lab
      : { ...lab, policies: [...lab.policies, { ...policy, name: uniqueName(policy, lab.policies) }] })),
    removeLabPolicy: (index) => update((lab) => (lab.policies.length <= 1 ? lab : { ...lab, policies: lab.policies.filter((_, i) => i !== index) })),
    setLabPlatform: (patch) => update((lab) => ({ ...lab, platform: { ...lab.platform, ...patch } })),
    setLabRunShape: (patch) => update((lab) => ({ ...lab, ...patch })),
    setLabCursor: (second) => {
      const seconds = (get().labRun.inputs ?? get().lab)?.seconds ?? 1;
      const next = Math.min(Math.max(0, Math.round(second)), seconds - 1);
      if (next !== get().labCursor) set({ labCursor: next });
    },
    labRunStarted: () => set((state) => ({ labRun: { ...state.labRun, status: 'running', progress: 0, error: null } })),
    labRunProgress: (progress) => set((state) => ({ labRun: { ...state.labRun, progress } })),
    labRunDone: (inputs, traces) => set((state) => ({
      labRun: { status: 'done', progress: 1, inputs, traces, error: null },
      labCursor: Math.min(state.labCursor, inputs.seconds - 1),
    })),
    labRunFailed: (message) => set((state) => ({ labRun: { ...state.labRun, status: 'failed', error: message } })),
  };
};
