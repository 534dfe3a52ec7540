/**
 * Send a sample digit: the keyboard's and the screen reader's way to ask the model (drawing needs a pointer). Choose a
 * digit, and the next held-out MNIST image with that label (from the sample the endpoint loaded, public/live/digits.bin)
 * is shown and sent as a real request through the dispatcher's queue. The answer shown is the replica's; the label is
 * only set beside it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { formatCount } from '../../engine/format';
import { PIXELS, SIDE } from '../../engine/live/lenet';
import { Panel } from '../../ui/Panel';

export interface SampleImage { readonly index: number; readonly count: number; readonly pixels: Uint8Array }

interface Props {
  /** the `n`-th held-out digit labelled `label`, from the running endpoint's sample */
  readonly sample: (label: number, n: number) => Promise<SampleImage>;
  /** sends 784 bytes as one request; resolves with the model's answer */
  readonly ask: (pixels: Uint8Array) => Promise<number>;
  readonly canAsk: boolean;
}

const LABELS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

export function SampleDigit({ sample, ask, canAsk }: Props) {
  const id = useId();
  const [label, setLabel] = useState(7);
  const [shown, setShown] = useState<(SampleImage & { readonly label: number }) | null>(null);
  const [answer, setAnswer] = useState('');
  // how many of each label were sent (the next press sends the next image), and the latest press (an older answer is dropped)
  const sent = useRef<number[]>(LABELS.map(() => 0));
  const latest = useRef(0);
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context || !shown) return;
    const image = context.createImageData(SIDE, SIDE);
    for (let i = 0; i < PIXELS; i++) {
      const v = shown.pixels[i]!;
      image.data.set([v, v, v, 255], i * 4);
    }
    context.putImageData(image, 0, 0);
  }, [shown]);

  const send = async () => {
    const press = ++latest.current;
    const want = label;
    try {
      const picked = await sample(want, sent.current[want]!);
      sent.current[want]!++;
      if (press !== latest.current) return;
      setShown({ ...picked, label: want });
      setAnswer('Asking a replica…');
      const digit = await ask(picked.pixels);
      if (press !== latest.current) return;
      setAnswer(`The model says: ${digit}. ${digit === want ? 'Right' : 'Wrong'}: the label is ${want}.`);
    } catch (error) {
      if (press === latest.current) setAnswer(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <Panel id="live-sample" title="Send a sample digit">
      <p className="lab-small">
        No pointer needed: pick a digit, and the next held-out MNIST image with that label goes to the endpoint as a request. The answer is the model&apos;s.
      </p>
      <div className="live-draw live-sample">
        <canvas ref={canvas} width={SIDE} height={SIDE} className="live-sample-image" role="img" hidden={!shown}
          aria-label={shown ? `Sample image ${formatCount(shown.index + 1)} of ${formatCount(shown.count)}, labelled ${shown.label}` : 'No sample sent yet'} />
        <div className="live-draw-actions">
          <label className="lab-field" htmlFor={`${id}-label`}>Digit
            <select id={`${id}-label`} value={label} onChange={(event) => setLabel(Number(event.target.value))}>
              {LABELS.map((n) => <option key={n} value={n}>{n}</option>)}
            </select>
          </label>
          <button type="button" onClick={() => void send()} disabled={!canAsk} aria-describedby={`${id}-answer`}>Send a sample digit</button>
          <p id={`${id}-answer`} role="status" className="live-answer" data-testid="live-sample-answer">
            {canAsk ? answer : 'Start a run: the sample goes to a replica, which answers.'}
          </p>
        </div>
      </div>
    </Panel>
  );
}
