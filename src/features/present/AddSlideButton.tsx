import { useState } from 'react';
import { formatHash, MY_DECK_PARAM } from '../../store/urlState';

/**
 * "Add this view as a slide": self-contained, so it can sit in any workspace layout; the deck code loads on first use.
 * The message links to the new slide, in My deck, in Present.
 */
export function AddSlideButton() {
  const [added, setAdded] = useState(0);
  const add = async () => {
    const { addViewAsSlide } = await import('./PresentMode');
    setAdded(addViewAsSlide());
  };
  return (
    <div className="add-slide">
      <button type="button" onClick={() => void add()}>Add this view as a slide</button>
      <span role="status" className="muted">
        {added > 0 ? <>Added as slide {added} of My deck. <a href={formatHash({ mode: 'present', deck: MY_DECK_PARAM, slide: String(added) })}>Open it in Present</a></> : null}
      </span>
    </div>
  );
}
