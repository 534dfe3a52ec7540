/** The Lab's LLM settings from the store, and one way to change them (the rest kept as they are). */
import { useAppStore } from '../../../store/store';
import type { LabLlm } from '../../../store/labLink';
import { llmOf } from './llmSettings';

export function useLabLlm(): { readonly llm: LabLlm | null; readonly on: boolean; readonly change: (patch: Partial<LabLlm>) => void; readonly replace: (next: LabLlm) => void } {
  const lab = useAppStore((state) => state.lab);
  const setShape = useAppStore((state) => state.setLabRunShape);
  if (!lab) return { llm: null, on: false, change: () => undefined, replace: () => undefined };
  const llm = llmOf(lab);
  return { llm, on: lab.replica === 'llm', change: (patch) => setShape({ llm: { ...llm, ...patch } }), replace: (next) => setShape({ llm: next }) };
}
