import { useState } from 'react';

/** "Add this view as a slide": self-contained, so it can sit in any workspace layout; the deck code loads on first use. */
export function AddSlideButton() {
  const [status, setStatus] = useState('');
  const add = async () => {
    const { addViewAsSlide } = await import('./PresentMode');
    setStatus(`Added as slide ${addViewAsSlide()} of My deck (open it in Present)`);
  };
  return (
    <div className="add-slide">
      <button type="button" onClick={() => void add()}>Add this view as a slide</button>
      <span role="status" className="muted">{status}</span>
    </div>
  );
}
