/** The scenario's config as key = value lines, so a hint about a setting (min_servers, target_utilization) can point at it. */
import { useEffect, useRef } from 'react';
import { Panel } from '../../ui/Panel';
import { formatNumber } from '../../engine';
import { useAppStore } from '../../store/store';

const format = (value: unknown) => (typeof value === 'number' ? formatNumber(value) : String(value));

export function ScenarioConfigView() {
  const config = useAppStore((state) => state.config);
  const highlight = useAppStore((state) => state.highlightTarget);
  const highlightedKey = highlight?.kind === 'config' ? highlight.key : undefined;
  const listRef = useRef<HTMLDListElement>(null);
  useEffect(() => {
    if (highlightedKey) listRef.current?.querySelector('[data-highlighted="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [highlightedKey]);
  return (
    <Panel id="scenario-config" title="Config in use">
      <dl className="config-keys" ref={listRef}>
        {Object.entries(config).map(([key, value]) => (
          <div key={key} className="config-key" data-key={key} data-highlighted={key === highlightedKey ? 'true' : undefined}>
            <dt><code>{key}</code></dt>
            <dd><code>{format(value)}</code></dd>
          </div>
        ))}
      </dl>
    </Panel>
  );
}
