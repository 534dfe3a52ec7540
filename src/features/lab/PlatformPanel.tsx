/** The platform every policy shares (capacity, service time, cold start, queue, timeout, drain, price, SLO) and the run's shape. */
import { Panel } from '../../ui/Panel';
import { useAppStore } from '../../store/store';
import { validatePlatform, validateSeconds, type PlatformSettings } from './labEngine';
import { NumberField } from '../../ui/NumberField';
import { formatDuration } from './labFormat';

const FIELDS: readonly { readonly key: keyof PlatformSettings; readonly label: string; readonly unit: string }[] = [
  { key: 'capacity', label: 'Capacity per replica', unit: 'req/s' },
  { key: 'service_ms', label: 'Service time', unit: 'ms' },
  { key: 'cold_start_s', label: 'Cold start', unit: 's' },
  { key: 'queue_limit', label: 'Queue limit', unit: 'requests' },
  { key: 'timeout_s', label: 'Request timeout', unit: 's' },
  { key: 'drain_s', label: 'Drain', unit: 's' },
  { key: 'price_per_hour', label: 'Price per replica', unit: '$/h' },
  { key: 'slo_p95_ms', label: 'SLO: p95 under', unit: 'ms' },
];

export function PlatformPanel() {
  const lab = useAppStore((state) => state.lab);
  const setPlatform = useAppStore((state) => state.setLabPlatform);
  const setShape = useAppStore((state) => state.setLabRunShape);
  if (!lab) return null;
  const commit = (key: keyof PlatformSettings, value: number) => {
    const checked = validatePlatform({ ...lab.platform, [key]: value });
    if (!checked.ok) return checked.errors.map((e) => `${e.message}; ${e.hint}`).join(' ');
    setPlatform(checked.value);
    return undefined;
  };
  return (
    <Panel id="lab-platform" title="Platform and run">
      <div className="lab-grid">
        {FIELDS.map(({ key, label, unit }) => (
          <NumberField key={key} label={label} unit={unit} value={lab.platform[key]} min={0} onCommit={(value) => commit(key, value)} />
        ))}
        <NumberField label="Run length" unit="s" value={lab.seconds} min={1} step={1}
          note={formatDuration(lab.seconds)}
          onCommit={(value) => {
            const checked = validateSeconds(value);
            if (!checked.ok) return checked.errors.map((e) => `${e.message}; ${e.hint}`).join(' ');
            setShape({ seconds: checked.value, lengthSet: true });
            return undefined;
          }} />
        <NumberField label="Seed" value={lab.seed} min={0} step={1}
          onCommit={(value) => {
            if (!Number.isInteger(value) || value < 0 || value > 2 ** 32 - 1) return 'A seed is a whole number from 0 to 4294967295';
            setShape({ seed: value });
            return undefined;
          }} />
        <div className="lab-field lab-field-wide">
          <label htmlFor="lab-arrivals">Arrivals</label>
          <select id="lab-arrivals" value={lab.arrivals} onChange={(event) => setShape({ arrivals: event.target.value === 'exact' ? 'exact' : 'poisson' })}>
            <option value="poisson">Poisson around the rate (seeded)</option>
            <option value="exact">Exactly the rate</option>
          </select>
        </div>
      </div>
    </Panel>
  );
}
