import { useRef } from 'react';
import type { Slide } from '../../content/deck';
import { isWide, SlidePanels } from './SlidePanels';
import { SlideQuestion } from './SlideQuestion';
import { useFitSlide } from './useFitSlide';

interface SlideStageProps {
  readonly slide: Slide;
  readonly index: number;
  readonly count: number;
  readonly cursor: number;
  readonly revealed: boolean;
  readonly onReveal: () => void;
}

function stepLine(slide: Slide, cursor: number): string {
  const where = cursor === 0 ? 'Start' : `Step ${cursor} of ${slide.loads.length}`;
  return slide.stepTo > slide.cursor ? `${where} · PageDown steps` : where;
}

/** One slide on the projector: title, a few lines for the class, an optional question, and the live views. */
export function SlideStage({ slide, index, count, cursor, revealed, onReveal }: SlideStageProps) {
  const section = useRef<HTMLElement>(null);
  const limits = useFitSlide(section, [slide, cursor, revealed]);
  const hasText = slide.points.length > 0 || slide.question !== undefined;
  // wide views (tables) and several views go under the text; one narrow view sits beside it
  const stacked = hasText && (slide.panels.length > 1 || slide.panels.some(isWide));
  return (
    <section ref={section} className="slide" aria-roledescription="slide" aria-labelledby="slide-title">
      <header className="slide-head">
        <h1 id="slide-title">{slide.title}</h1>
        <p className="slide-where" aria-live="polite">
          <span>Slide {index + 1} of {count}</span>
          <span className="slide-step">{stepLine(slide, cursor)}</span>
        </p>
      </header>
      <div className="slide-body" data-layout={!hasText ? 'views' : stacked ? 'stack' : 'side'}>
        {hasText ? (
          <div className="slide-text">
            {slide.points.length > 0 ? <ul className="slide-points">{slide.points.map((point, i) => <li key={i}>{point}</li>)}</ul> : null}
            {slide.question ? <SlideQuestion question={slide.question} revealed={revealed} onToggle={onReveal} /> : null}
          </div>
        ) : null}
        <SlidePanels panels={slide.panels} limits={limits} />
      </div>
    </section>
  );
}
