import { describe, expect, it } from 'vitest';
import { LESSON_QUIZ } from '../content';
import { hintNote } from './hintNote';

describe('hintNote: the app\'s note on a hint that sends learners to a view without what it names', () => {
  it('the lesson\'s what-if hint names a condition "in variable_tracker": the note says where it is', () => {
    const question = LESSON_QUIZ[2]!;
    const note = hintNote(question.hints[0], question.scenario.config);
    expect(note).toContain("'Condition: load < 20 and instances > 1' is a column of the execution table");
    expect(note).toContain('the variable tracker holds instances and load');
  });

  it('says nothing when the hint is right about where to look', () => {
    const question = LESSON_QUIZ[0]!;
    for (const hint of question.hints) expect(hintNote(hint, question.scenario.config)).toBeUndefined();
    expect(hintNote("Check 'instances' in variable_tracker.", question.scenario.config)).toBeUndefined();
  });
});
