/** Whether a new version of the app is waiting, and how to switch to it: a tiny store the service worker module fills. */
import { useSyncExternalStore } from 'react';

type Apply = () => void;
let waiting: Apply | null = null;
const listeners = new Set<() => void>();

/** Called when a new service worker has installed and waits: `apply` activates it and reloads the page. */
export function announceUpdate(apply: Apply | null): void {
  waiting = apply;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => { listeners.delete(listener); };
}

/** The pending update's apply function, or null when the running version is the newest. */
export function useWaitingUpdate(): Apply | null {
  return useSyncExternalStore(subscribe, () => waiting, () => null);
}
