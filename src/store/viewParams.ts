/** A mode's own view state in its link (Route.view): "fleet=3,cap=100", numbers only, read and written here. */
import { useCallback } from 'react';
import { useAppStore } from './store';

export function parseViewParams(view: string): Readonly<Record<string, number>> {
  const params: Record<string, number> = {};
  for (const pair of view.split(',')) {
    const [key, value] = pair.split('=');
    if (key && value !== undefined && /^-?\d+(\.\d+)?$/.test(value)) params[key] = Number(value);
  }
  return params;
}

export function formatViewParams(params: Readonly<Record<string, number>>): string {
  return Object.entries(params).filter(([key, value]) => /^[a-z][a-z0-9]*$/i.test(key) && Number.isFinite(value)).map(([key, value]) => `${key}=${value}`).join(',');
}

/** One number of the current mode's view state, clamped to [min, max], with a setter that puts it in the link. */
export function useViewParam(name: string, fallback: number, min: number, max: number): readonly [number, (value: number) => void] {
  const raw = useAppStore((state) => parseViewParams(state.modeView)[name]);
  const setModeView = useAppStore((state) => state.setModeView);
  const value = raw === undefined ? fallback : Math.min(Math.max(raw, min), max);
  const set = useCallback((next: number) => {
    const params = { ...parseViewParams(useAppStore.getState().modeView), [name]: Math.min(Math.max(next, min), max) };
    setModeView(formatViewParams(params));
  }, [name, min, max, setModeView]);
  return [value, set] as const;
}
