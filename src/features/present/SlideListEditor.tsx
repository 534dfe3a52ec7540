import { moveSlide, removeSlide, replaceSlide, type Slide } from '../../content/deck';
import { useMyDeck } from './myDeck';
import { SlidePanelsField } from './SlidePanelsField';

/** My deck's slides: edit the title, the lines for the class and the notes; move a slide up or down; remove it. */
export function SlideListEditor() {
  const deck = useMyDeck((state) => state.deck);
  const setDeck = useMyDeck((state) => state.setDeck);
  if (deck.slides.length === 0) {
    return <p>My deck is empty. In Visualize (or while exploring here), set up a scenario and press <strong>Add this view as a slide</strong>.</p>;
  }
  const edit = (index: number, slide: Slide, change: Partial<Slide>) => setDeck(replaceSlide(deck, index, { ...slide, ...change }));
  return (
    <>
      <label className="deck-field">Deck title <input value={deck.title} maxLength={200} onChange={(event) => setDeck({ ...deck, title: event.target.value })} /></label>
      <ol className="slide-list">
        {deck.slides.map((slide, index) => (
          <li key={index} className="slide-item">
            <fieldset>
              <legend>Slide {index + 1}</legend>
              <label className="deck-field">Title <input value={slide.title} maxLength={200} onChange={(event) => edit(index, slide, { title: event.target.value })} /></label>
              <label className="deck-field">For the class (one line each)
                <textarea rows={2} value={slide.points.join('\n')} onChange={(event) => edit(index, slide, { points: event.target.value.split('\n').slice(0, 8) })} />
              </label>
              <label className="deck-field">Speaker notes <textarea rows={2} value={slide.notes} onChange={(event) => edit(index, slide, { notes: event.target.value })} /></label>
              <SlidePanelsField slideNumber={index + 1} panels={slide.panels} onChange={(panels) => edit(index, slide, { panels })} />
              <div className="slide-item-actions">
                <button type="button" disabled={index === 0} onClick={() => setDeck(moveSlide(deck, index, -1))}>Move up<span className="visually-hidden"> slide {index + 1}</span></button>
                <button type="button" disabled={index === deck.slides.length - 1} onClick={() => setDeck(moveSlide(deck, index, 1))}>Move down<span className="visually-hidden"> slide {index + 1}</span></button>
                <button type="button" onClick={() => setDeck(removeSlide(deck, index))}>Remove<span className="visually-hidden"> slide {index + 1}</span></button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
    </>
  );
}
