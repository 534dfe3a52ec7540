/**
 * A Leitner spaced-repetition schedule for Review's flashcards. Each card sits in a box (1 to 5); box 1 is seen
 * every session, higher boxes ever more rarely. "Again" sends a card back to box 1 and due at once (it comes back in
 * this session, after the others), "Hard" keeps its box for half the wait, "Good" moves it one box up.
 * A question missed in a quiz enters box 1, so missed ones come back sooner than the facts already known.
 * Pure: the caller passes the time; the progress store keeps the schedules on the device.
 */

export const REVIEW_GRADES = [1, 2, 3] as const;
/** 1 = again (did not know it), 2 = hard, 3 = good */
export type ReviewGrade = (typeof REVIEW_GRADES)[number];
export const GRADE_LABELS: Readonly<Record<ReviewGrade, string>> = { 1: 'Again', 2: 'Hard', 3: 'Good' };

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Wait before a card in box b (index b - 1) is due again after "Good". */
export const BOX_INTERVALS_MS: readonly number[] = [10 * MINUTE, DAY, 3 * DAY, 7 * DAY, 16 * DAY];
export const BOX_COUNT = BOX_INTERVALS_MS.length;

export interface CardSchedule {
  /** 1 to BOX_COUNT */
  readonly box: number;
  /** milliseconds since the epoch from which the card is due */
  readonly due: number;
  /** times it has been graded */
  readonly reviews: number;
}

export type Schedules = Readonly<Record<string, CardSchedule>>;

/** The schedule after grading a card (a card never graded is in box 1). */
export function gradeCard(schedule: CardSchedule | undefined, grade: ReviewGrade, now: number): CardSchedule {
  const box = schedule?.box ?? 1;
  const reviews = (schedule?.reviews ?? 0) + 1;
  switch (grade) {
    case 1: return { box: 1, due: now, reviews };
    case 2: return { box, due: now + Math.round(BOX_INTERVALS_MS[box - 1]! / 2), reviews };
    case 3: {
      const next = Math.min(box + 1, BOX_COUNT);
      return { box: next, due: now + BOX_INTERVALS_MS[next - 1]!, reviews };
    }
  }
}

/**
 * The cards due now, in the order to show them: lowest box first, then the earliest due (new cards count as due at 0),
 * then the order given (callers list missed questions first).
 */
export function dueCards(ids: readonly string[], schedules: Schedules, now: number): readonly string[] {
  return ids
    .map((id, order) => ({ id, order, box: schedules[id]?.box ?? 1, due: schedules[id]?.due ?? 0 }))
    .filter((card) => card.due <= now)
    .sort((a, b) => a.box - b.box || a.due - b.due || a.order - b.order)
    .map((card) => card.id);
}

/** The next time any of the cards is due, or undefined when there are none. */
export function nextDue(ids: readonly string[], schedules: Schedules): number | undefined {
  let next: number | undefined;
  for (const id of ids) {
    const due = schedules[id]?.due ?? 0;
    if (next === undefined || due < next) next = due;
  }
  return next;
}

/** Checks one stored schedule (storage may hold anything). */
export function isCardSchedule(value: unknown): value is CardSchedule {
  if (typeof value !== 'object' || value === null) return false;
  const { box, due, reviews } = value as Record<string, unknown>;
  return Number.isInteger(box) && (box as number) >= 1 && (box as number) <= BOX_COUNT
    && Number.isFinite(due) && Number.isInteger(reviews) && (reviews as number) >= 0;
}
