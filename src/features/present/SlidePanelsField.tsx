import { SLIDE_PANELS, type SlidePanel } from '../../content/deck';

const LABELS: Readonly<Record<SlidePanel, string>> = {
  flow: 'Flow diagram', table: 'Execution table', tracker: 'Variable tracker', code: 'Code', chart: 'Chart',
};

interface SlidePanelsFieldProps {
  readonly slideNumber: number;
  readonly panels: readonly SlidePanel[];
  readonly onChange: (panels: readonly SlidePanel[]) => void;
}

/** Which live views a slide shows; at least one stays ticked. */
export function SlidePanelsField({ slideNumber, panels, onChange }: SlidePanelsFieldProps) {
  const toggle = (panel: SlidePanel) => {
    const next = panels.includes(panel) ? panels.filter((p) => p !== panel) : SLIDE_PANELS.filter((p) => p === panel || panels.includes(p));
    if (next.length > 0) onChange(next);
  };
  return (
    <fieldset className="slide-panels-field">
      <legend>Views on slide {slideNumber}</legend>
      {SLIDE_PANELS.map((panel) => (
        <label key={panel} className="toggle">
          <input type="checkbox" checked={panels.includes(panel)} disabled={panels.length === 1 && panels.includes(panel)} onChange={() => toggle(panel)} /> {LABELS[panel]}
        </label>
      ))}
    </fieldset>
  );
}
