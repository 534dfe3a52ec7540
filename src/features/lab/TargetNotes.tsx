/**
 * Under a policy's knobs: each per-replica target and where it comes from (the controller's default, chosen to suit
 * this platform, or the learner's own), and a warning with the one-click fix when it cannot suit the platform.
 * The judgement is the engine's (targetFits); this only words it.
 */
import { formatNumber } from '../../engine/format';
import { targetFits, type LabPolicyConfig, type PlatformSettings, type TargetFit } from './labEngine';

function origin(f: TargetFit): string {
  if (f.controllerDefault === null) return f.suits ? 'suits this platform' : '';
  if (f.value === f.controllerDefault) return 'the controller\'s default';
  return f.suits ? `chosen to suit this platform; the controller's default is ${formatNumber(f.controllerDefault)}` : `the controller's default is ${formatNumber(f.controllerDefault)}`;
}

export function TargetNotes({ config, platform }: { readonly config: LabPolicyConfig; readonly platform: PlatformSettings }) {
  const fits = targetFits(config, platform);
  if (fits.length === 0) return null;
  return (
    <ul className="lab-targets" aria-label="Targets">
      {fits.map((f) => {
        const from = origin(f);
        return (
          <li key={f.knob} data-suits={f.suits}>
            Target <code>{f.knob}</code> = {formatNumber(f.value)} {f.unit}{from ? ` (${from})` : ''}.
            {f.suits ? '' : ' It cannot suit this platform: see the warning by the results.'}
          </li>
        );
      })}
    </ul>
  );
}
