import { describe, expect, it } from 'vitest';
import { BOX_COUNT, BOX_INTERVALS_MS, dueCards, gradeCard, isCardSchedule, nextDue } from './leitner';

const NOW = 1_000_000;

describe('Leitner schedule', () => {
  it('Good moves a card up one box and out of today\'s session', () => {
    const first = gradeCard(undefined, 3, NOW);
    expect(first).toEqual({ box: 2, due: NOW + BOX_INTERVALS_MS[1]!, reviews: 1 });
    let card = first;
    for (let i = 0; i < 10; i++) card = gradeCard(card, 3, NOW);
    expect(card.box).toBe(BOX_COUNT);
  });

  it('Again sends a card to box 1, due at once; Hard keeps the box for half the wait', () => {
    const known = { box: 4, due: NOW, reviews: 3 };
    expect(gradeCard(known, 1, NOW)).toEqual({ box: 1, due: NOW, reviews: 4 });
    expect(gradeCard(known, 2, NOW)).toEqual({ box: 4, due: NOW + BOX_INTERVALS_MS[3]! / 2, reviews: 4 });
  });

  it('orders due cards: lowest box, then earliest due, then the order given; future cards wait', () => {
    const schedules = {
      again: { box: 1, due: NOW - 5, reviews: 1 },
      known: { box: 3, due: NOW - 100, reviews: 2 },
      later: { box: 2, due: NOW + 1, reviews: 1 },
    };
    expect(dueCards(['known', 'again', 'new1', 'later', 'new2'], schedules, NOW)).toEqual(['new1', 'new2', 'again', 'known']);
    expect(nextDue(['later', 'known'], schedules)).toBe(NOW - 100);
    expect(nextDue([], schedules)).toBeUndefined();
  });

  it('a card missed again comes back in the same session after the others', () => {
    const schedules = { a: gradeCard(undefined, 1, NOW) };
    expect(dueCards(['a', 'b', 'c'], schedules, NOW)).toEqual(['b', 'c', 'a']);
  });

  it('checks stored schedules', () => {
    expect(isCardSchedule({ box: 2, due: 5, reviews: 1 })).toBe(true);
    for (const bad of [null, {}, { box: 0, due: 1, reviews: 0 }, { box: 6, due: 1, reviews: 0 }, { box: 1, due: 'x', reviews: 0 }, { box: 1.5, due: 1, reviews: 0 }]) {
      expect(isCardSchedule(bad)).toBe(false);
    }
  });
});
