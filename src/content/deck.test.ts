import { describe, expect, it } from 'vitest';
import { keyMoments, LESSON_CONFIG, LESSON_LOADS, simulate, validateConfig, validateLoads } from '../engine';
import { decodeDeck, deckFromJson, deckToJson, encodeDeck, moveSlide, removeSlide, validateDeck, type Deck, type Slide } from './deck';
import { buildLessonDeck } from './lessonDeck';
import { LESSON_KEY_MOMENTS } from './lesson';
import { LESSON_QUIZ } from './lessonQuiz';

const slide = (over: Partial<Slide> = {}): Slide => ({
  title: 'A slide', points: ['one'], notes: 'say this', config: LESSON_CONFIG, loads: LESSON_LOADS,
  cursor: 1, stepTo: 3, panels: ['table'], ...over,
});
const deck = (slides: readonly Slide[]): Deck => ({ title: 'Mine', slides });

describe('the lesson deck', () => {
  const lesson = buildLessonDeck();

  it('validates whole, every slide scenario through the engine', () => {
    const checked = validateDeck(JSON.parse(deckToJson(lesson)));
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    for (const s of lesson.slides) {
      expect(validateConfig(s.config).ok).toBe(true);
      expect(validateLoads(s.loads).ok).toBe(true);
    }
  });

  it('has one slide per key moment the engine finds, each pointing at a real moment within its steps', () => {
    const momentSlides = lesson.slides.filter((s) => s.moment !== undefined);
    expect(momentSlides.map((s) => s.stepTo)).toEqual(LESSON_KEY_MOMENTS.map((m) => m.step));
    for (const s of momentSlides) {
      const moment = keyMoments(simulate(s)).find((m) => m.kind === s.moment);
      expect(moment).toBeDefined();
      expect(moment!.step).toBeGreaterThanOrEqual(s.cursor);
      expect(moment!.step).toBeLessThanOrEqual(s.stepTo);
      expect(s.question?.explanation).toBe(moment!.answer);
      expect(s.highlight).toEqual({ kind: "row", step: moment!.step });
    }
  });

  it('asks the lesson quiz questions with their answer keys', () => {
    const asked = lesson.slides.flatMap((s) => (s.question && s.question.choices.length > 0 ? [s.question] : []));
    expect(asked.map((q) => q.prompt)).toEqual(LESSON_QUIZ.map((q) => q.prompt));
    expect(asked.map((q) => q.answer)).toEqual(LESSON_QUIZ.map((q) => q.choices.find((c) => c.correct)!.id));
  });

  it('starts with motivation and ends with what real systems add', () => {
    expect(lesson.slides[0]!.title).toMatch(/Why/);
    expect(lesson.slides.at(-1)!.title).toBe('What real systems add');
  });
});

describe('deck validation', () => {
  it('refuses a bad scenario with the slide path', () => {
    const checked = validateDeck({ v: 1, title: 'x', slides: [slide(), { ...slide(), config: { upper_threshold: 'high' } }] });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors[0]!.path).toMatch(/^slides\[1\]\.config/);
  });

  it('refuses a cursor past the load, an unknown panel and a highlight that points at nothing', () => {
    const checked = validateDeck({ v: 1, title: 'x', slides: [{ ...slide(), cursor: 9 }, { ...slide(), panels: ['radar'] }, slide({ highlight: { kind: 'row', step: 40 } })] });
    expect(checked.ok ? [] : checked.errors.map((e) => e.path)).toEqual(['slides[0].cursor', 'slides[1].panels', 'slides[2].highlight']);
  });

  it('refuses a moment the engine does not find in the slide', () => {
    const checked = validateDeck({ v: 1, title: 'x', slides: [slide({ moment: 'scaled_down', cursor: 1, stepTo: 3 })] });
    expect(checked.ok ? [] : checked.errors.map((e) => e.path)).toEqual(['slides[0].moment']);
  });

  it('refuses a question whose answer is not a choice, and an unknown version', () => {
    const q = { prompt: 'p', choices: [{ id: 'A', text: '1' }, { id: 'B', text: '2' }], answer: 'C', explanation: 'e' };
    expect(validateDeck({ title: 'x', slides: [{ ...slide(), question: q }] }).ok).toBe(false);
    expect(validateDeck({ v: 2, title: 'x', slides: [slide()] }).ok).toBe(false);
    expect(validateDeck({ v: 1, title: 'x', slides: [] }).ok).toBe(false);
  });
});

describe('deck encodings', () => {
  const mine = deck([slide({ title: 'Größe 150 ✓' }), slide({ cursor: 0, stepTo: 6 })]);

  it('round-trips through a link and through JSON', () => {
    expect(decodeDeck(encodeDeck(mine))).toEqual({ ok: true, value: mine });
    expect(deckFromJson(deckToJson(mine))).toEqual({ ok: true, value: mine });
  });

  it('says what is wrong with a tampered link or bad JSON', () => {
    const tampered = decodeDeck(`${encodeDeck(mine).slice(0, 40)}@@`);
    expect(tampered.ok).toBe(false);
    if (!tampered.ok) expect(tampered.errors[0]!.message).toMatch(/could not be decoded/);
    const edited = decodeDeck(encodeDeck(mine).slice(0, -12));
    expect(edited.ok).toBe(false);
    const bad = deckFromJson('{"v":1, "title": ');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]!.message).toMatch(/not valid JSON/);
  });

  it('moves and removes slides', () => {
    const three = deck([slide({ title: 'a' }), slide({ title: 'b' }), slide({ title: 'c' })]);
    expect(moveSlide(three, 0, 1).slides.map((s) => s.title)).toEqual(['b', 'a', 'c']);
    expect(moveSlide(three, 2, 5).slides.map((s) => s.title)).toEqual(['a', 'b', 'c']);
    expect(removeSlide(three, 1).slides.map((s) => s.title)).toEqual(['a', 'c']);
  });
});
