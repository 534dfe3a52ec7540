import { LESSON_QUIZ } from '../../content';
import { QuestionSequenceView } from './QuestionSequenceView';

/** Visual quiz mode (#/quiz): the lesson's three questions about the picture, then engine-made ones. */
export function VisualQuiz() {
  return (
    <QuestionSequenceView mode="quiz" title="Visual quiz" lesson={LESSON_QUIZ} showSolution={false}
      intro="Answer from the picture: the flow, the execution table and the tracker. Hint points at the part to look at." />
  );
}
