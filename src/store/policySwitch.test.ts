import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';

describe('switching the policy and back', () => {
  it("keeps each policy's own values, and the shared bounds as they are now", () => {
    const store = createAppStore();
    store.getState().setConfigText('{"policy": "threshold", "upper_threshold": 150, "lower_threshold": 30, "max_servers": 6}');
    store.getState().setPolicy('target_tracking');
    expect(store.getState().config).toMatchObject({ policy: 'target_tracking', max_servers: 6 });
    store.getState().setConfigText(store.getState().configText.replace('"tolerance": 0', '"tolerance": 0.2'));
    expect(store.getState().config).toMatchObject({ tolerance: 0.2 });

    store.getState().setPolicy('threshold');
    expect(store.getState().config).toMatchObject({ policy: 'threshold', upper_threshold: 150, lower_threshold: 30, max_servers: 6 });
    store.getState().setPolicy('target_tracking');
    expect(store.getState().config).toMatchObject({ policy: 'target_tracking', tolerance: 0.2 });
  });
});
