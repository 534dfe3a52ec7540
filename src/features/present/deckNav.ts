/** Moving through a deck: steps inside a slide first, then slides, as a presenter remote expects. Pure. */

export interface Position {
  /** 0-based slide */
  readonly slide: number;
  /** the workspace cursor: 0 = Start, k = after step k */
  readonly cursor: number;
}

/** The steps a slide spans: it opens at cursor and steps up to stepTo. */
export interface SlideSpan {
  readonly cursor: number;
  readonly stepTo: number;
}

export type DeckMove = 'next' | 'previous' | 'nextSlide' | 'previousSlide' | 'firstSlide' | 'lastSlide';

const start = (slides: readonly SlideSpan[], slide: number): Position => ({ slide, cursor: slides[slide]?.cursor ?? 0 });

/** Where a move lands; the same position at either end of the deck. Going back enters a slide at its last step. */
export function navigate(slides: readonly SlideSpan[], at: Position, move: DeckMove): Position {
  const last = slides.length - 1;
  const span = slides[at.slide];
  if (!span || last < 0) return start(slides, 0);
  switch (move) {
    case 'next':
      if (at.cursor < span.stepTo) return { slide: at.slide, cursor: Math.max(at.cursor + 1, span.cursor) };
      return at.slide < last ? start(slides, at.slide + 1) : at;
    case 'previous':
      if (at.cursor > span.cursor) return { slide: at.slide, cursor: Math.min(at.cursor - 1, span.stepTo) };
      return at.slide > 0 ? { slide: at.slide - 1, cursor: slides[at.slide - 1]!.stepTo } : at;
    case 'nextSlide': return at.slide < last ? start(slides, at.slide + 1) : at;
    case 'previousSlide': return at.slide > 0 ? start(slides, at.slide - 1) : at;
    case 'firstSlide': return start(slides, 0);
    case 'lastSlide': return start(slides, last);
  }
}
