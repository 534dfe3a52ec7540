/** Scenario: the config text, its parse result, the load sequence and the trace they make. */
import { formatCount } from '../engine/format';
import type { StateCreator } from 'zustand';
import {
  LESSON_CONFIG, LESSON_LOADS, LIMITS, parseConfigText, presetLoads, simulate, switchPolicy, validateLoads,
  type ScalingConfig, type ValidationError,
} from '../engine';
import type { AppState, ScenarioSlice } from './types';

export type { ScenarioSlice } from './types';

export const LESSON_CONFIG_TEXT = formatConfigText(LESSON_CONFIG);

export function formatConfigText(config: unknown): string {
  return JSON.stringify(config, null, 2);
}

/** Upper bound for steps edited in the browser; the CLI accepts LIMITS.maxSteps. */
export const MAX_UI_STEPS = 10_000;

function withTrace(config: ScalingConfig, loads: readonly number[]) {
  return { config, loads, trace: simulate({ config, loads }) };
}

export const createScenarioSlice: StateCreator<AppState, [], [], ScenarioSlice> = (set, get) => {
  const replaceLoads = (loads: readonly number[]): ValidationError | undefined => {
    const checked = validateLoads(loads);
    if (!checked.ok) return checked.errors[0];
    if (loads.length > MAX_UI_STEPS) return { path: 'loads', message: `At most ${formatCount(MAX_UI_STEPS)} steps in the browser`, hint: 'use the CLI (npm run trace) for longer runs' };
    const { config } = get();
    set((state) => ({ ...withTrace(config, checked.value), cursor: Math.min(state.cursor, checked.value.length) }));
    return undefined;
  };
  return {
    configText: LESSON_CONFIG_TEXT,
    configErrors: [],
    ...withTrace(LESSON_CONFIG, LESSON_LOADS),
    setConfigText: (text) => {
      const parsed = parseConfigText(text);
      if (!parsed.ok) { set({ configText: text, configErrors: parsed.errors }); return; }
      set((state) => ({ configText: text, configErrors: [], ...withTrace(parsed.value, state.loads) }));
    },
    loadScenario: ({ config, loads, configText, cursor = 0 }) => set({
      configText: configText ?? formatConfigText(config), configErrors: [], ...withTrace(config, loads),
      cursor: Math.min(Math.max(cursor, 0), loads.length), playing: false,
    }),
    resetToLesson: () => set({ configText: LESSON_CONFIG_TEXT, configErrors: [], ...withTrace(LESSON_CONFIG, LESSON_LOADS), cursor: 1, playing: false }),
    formatConfig: () => {
      const { configText } = get();
      try { set({ configText: formatConfigText(JSON.parse(configText)) }); } catch { /* invalid JSON: errors already listed */ }
    },
    policyMemory: {},
    setPolicy: (policy) => {
      const { config: left, policyMemory } = get();
      const config = switchPolicy(left, policy, policyMemory[policy]);
      set((state) => ({
        configText: formatConfigText(config), configErrors: [], ...withTrace(config, state.loads),
        policyMemory: config === left ? policyMemory : { ...policyMemory, [left.policy]: left },
      }));
    },
    setLoadAt: (index, value) => {
      const { loads } = get();
      if (index < 0 || index >= loads.length) return { path: `loads[${index}]`, message: `There is no step ${index + 1}`, hint: 'add a step first' };
      if (!Number.isFinite(value) || value < 0 || value > LIMITS.maxLoad) {
        return { path: `loads[${index}]`, message: `Load at step ${index + 1} must be a number from 0 to ${formatCount(LIMITS.maxLoad)}`, hint: 'the last good value is kept' };
      }
      const next = loads.slice();
      next[index] = value;
      return replaceLoads(next);
    },
    setLoads: replaceLoads,
    addStep: () => {
      const { loads } = get();
      replaceLoads([...loads, loads[loads.length - 1] ?? 0]);
    },
    removeStep: (index) => {
      const { loads } = get();
      if (loads.length <= 1) return;
      replaceLoads(loads.filter((_, i) => i !== index));
    },
    applyPreset: (preset, options) => {
      const problem = replaceLoads(presetLoads(preset, options));
      if (!problem) set({ cursor: 1, playing: false });
      return problem;
    },
  };
};
