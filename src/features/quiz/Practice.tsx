import { LESSON_FIX_CONFIG, LESSON_PRACTICE } from '../../content';
import type { Question } from '../../quiz';
import { QuestionSequenceView } from './QuestionSequenceView';

/** The lesson's five practice questions, with question 5 also as a config to fix in the editor. */
const PRACTICE_QUESTIONS: readonly Question[] = [...LESSON_PRACTICE, LESSON_FIX_CONFIG];

/** Practice mode (#/practice): step-by-step solutions and common mistakes after each answer; retry any time. */
export function Practice() {
  return (
    <QuestionSequenceView mode="practice" title="Practice" lesson={PRACTICE_QUESTIONS} showSolution
      intro="The lesson's practice questions, then more made by the engine. After each answer: the solution step by step and the common mistakes." />
  );
}
