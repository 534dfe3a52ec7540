import { useMemo } from 'react';
import { plural } from '../../engine';
import { directionChanges, runEndpointModel } from '../../engine/lesson/endpointModel';
import { RangeField } from '../../ui/RangeField';
import { useAppStore } from '../../store/store';
import { useViewParam } from '../../store/viewParams';
import { EndpointStrip } from './EndpointStrip';

/** A load that swings across both thresholds every step: the loop flaps unless something holds it. */
const FLAPPING_LOADS = [120, 10, 130, 15, 125, 5, 140, 10, 120, 12];

/** Cooldowns and stabilization windows as a what-if: the same rule re-run with a hold after each action. */
export function CooldownExample({ capacity }: { readonly capacity: number }) {
  const config = useAppStore((state) => state.config);
  const ownLoads = useAppStore((state) => state.trace.loads);
  const [cooldown, setCooldown] = useViewParam('cool', 2, 0, 6);
  const [flapping, setFlapping] = useViewParam('flap', 1, 0, 1);
  const loads = flapping ? FLAPPING_LOADS : ownLoads;
  const free = useMemo(() => runEndpointModel({ config, loads, capacityPerInstance: capacity }), [config, loads, capacity]);
  const held = useMemo(() => runEndpointModel({ config, loads, capacityPerInstance: capacity, cooldownSteps: cooldown }), [config, loads, capacity, cooldown]);
  const holds = held.steps.filter((s) => s.held).length;
  return (
    <>
      <div className="example-controls">
        <RangeField label="Cooldown after each scaling action" value={cooldown} min={0} max={6} valueText={cooldown === 0 ? 'none (the lesson)' : plural(cooldown, 'step')} onChange={setCooldown} />
        <label className="toggle">
          <input type="checkbox" checked={flapping === 1} onChange={(event) => setFlapping(event.target.checked ? 1 : 0)} />
          Use a load that swings across both thresholds
        </label>
      </div>
      <p className="verdict" role="status">
        Without a cooldown the autoscaler changes direction {plural(directionChanges(free), 'time')}; with {plural(cooldown, 'step')} of cooldown,{' '}
        {plural(directionChanges(held), 'time')}, holding still at {plural(holds, 'step')} (marked *) where the rule wanted a change.
      </p>
      <EndpointStrip run={held} label="Cooldown: the same rule, held after each action" />
    </>
  );
}
