/**
 * Draw a digit and send it as a real request: it joins the dispatcher's queue like any other, a replica runs it through
 * the model, and the answer shown is the model's. Mouse, pen and touch draw; the canvas is a picture for screen readers,
 * and the answer is announced.
 */
import { useRef, useState, type PointerEvent } from 'react';
import { toMnist } from '../../engine/live/drawn';
import { Panel } from '../../ui/Panel';

const SIZE = 196;

export function DrawDigit({ ask, canAsk }: { readonly ask: (pixels: Uint8Array) => Promise<number>; readonly canAsk: boolean }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const last = useRef<{ x: number; y: number } | null>(null);
  const [answer, setAnswer] = useState<string>('');
  const point = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return { x: ((event.clientX - box.left) * SIZE) / box.width, y: ((event.clientY - box.top) * SIZE) / box.height };
  };
  const draw = (event: PointerEvent<HTMLCanvasElement>) => {
    if (event.buttons === 0 && event.pointerType === 'mouse') { last.current = null; return; }
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const p = point(event);
    context.strokeStyle = '#fff';
    context.lineWidth = 16;
    context.lineCap = 'round';
    context.beginPath();
    context.moveTo(last.current?.x ?? p.x, last.current?.y ?? p.y);
    context.lineTo(p.x, p.y);
    context.stroke();
    last.current = p;
  };
  const clear = () => {
    const context = canvas.current?.getContext('2d');
    context?.clearRect(0, 0, SIZE, SIZE);
    setAnswer('');
  };
  const send = async () => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const rgba = context.getImageData(0, 0, SIZE, SIZE).data;
    const ink = new Float32Array(SIZE * SIZE);
    for (let i = 0; i < ink.length; i++) ink[i] = rgba[i * 4 + 3]! / 255;
    const pixels = toMnist(ink, SIZE);
    if (!pixels) { setAnswer('Draw a digit first.'); return; }
    setAnswer('Asking a replica…');
    try {
      const digit = await ask(pixels);
      setAnswer(`The model says: ${digit}`);
    } catch (error) {
      setAnswer(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <Panel id="live-draw" title="Draw a digit">
      <div className="live-draw">
        <canvas ref={canvas} width={SIZE} height={SIZE} className="live-canvas" role="img" aria-label="Drawing area for one digit (mouse, pen or touch)"
          onPointerDown={(event) => { last.current = null; event.currentTarget.setPointerCapture(event.pointerId); draw(event); }}
          onPointerMove={(event) => { if (last.current) draw(event); }} onPointerUp={() => { last.current = null; }} />
        <div className="live-draw-actions">
          <button type="button" onClick={() => void send()} disabled={!canAsk}>Send as a request</button>
          <button type="button" onClick={clear}>Clear</button>
          <p role="status" className="live-answer" data-testid="live-answer">{canAsk ? answer : 'Start a run: the answer comes from a replica.'}</p>
        </div>
      </div>
    </Panel>
  );
}
