import { useEffect, useReducer, useState } from 'react';
import { questionRecipe, type Answer, type Grade, type Question } from '../../../quiz';
import { selectTestRun } from '../../../store/selectors';
import { useAppStore } from '../../../store/store';
import { showQuestionScenario } from '../questionScenario';
import { freshTestSeed, isHalfDone, resumeTest, startTest, testReducer, testRunOf, testScore, type TestSession } from './testSession';
import type { TestRun } from '../../../store/runsSlice';

/** The run kept on the device when it is the linked test (or no test is linked), else a new test. */
function openTest(seed: number | null): TestSession {
  const run = selectTestRun(useAppStore.getState());
  if (run && (seed === null || run.seed === seed)) return resumeTest(run);
  return startTest(seed ?? freshTestSeed(undefined));
}

export interface TestSessionApi {
  readonly session: TestSession;
  readonly question: Question | undefined;
  /** true once the learner has done something here, so focus may follow the flow (never on arrival) */
  readonly interacted: boolean;
  answer: (answer: Answer, grade: Grade) => void;
  next: () => void;
  finish: () => void;
  /** a new test: from the given seed, or a fresh one that asks other questions; a half-done test is set aside */
  newTest: (seed?: number) => void;
  /** the half-done test a new one replaced, kept on the device to go back to */
  readonly setAside: TestRun | null;
  /** back to the set-aside test (the one on screen is set aside in turn when half done) */
  resumeSetAside: () => void;
}

export function useTestSession(): TestSessionApi {
  const linkedSeed = useAppStore((state) => state.testSeed);
  const [session, dispatch] = useReducer(testReducer, useAppStore.getState().testSeed, openTest);
  const recordTest = useAppStore((state) => state.recordTest);
  const recordAnswer = useAppStore((state) => state.recordAnswer);
  const setTestSeed = useAppStore((state) => state.setTestSeed);
  const saveRun = useAppStore((state) => state.saveRun);
  const [interacted, setInteracted] = useState(false);
  const setAside = useAppStore((state) => state.runs.setAsideTest);
  const question = session.finished ? undefined : session.test.questions[session.index];

  // kept on the device as it goes, so a reload or a visit to another mode resumes at this question
  useEffect(() => { saveRun('test', testRunOf(session)); }, [session, saveRun]);
  // The seed goes into the link, so the address reopens this very test; a link with another seed starts that test.
  useEffect(() => { setTestSeed(session.test.seed); }, [session.test.seed, setTestSeed]);
  useEffect(() => {
    if (linkedSeed === null || linkedSeed === selectTestRun(useAppStore.getState())?.seed) return;
    if (isHalfDone(session)) saveRun('setAsideTest', testRunOf(session));
    dispatch({ type: 'new', seed: linkedSeed });
  }, [linkedSeed]);
  // The question's scenario goes on screen when the question does; a predicted step's row stays hidden.
  useEffect(() => {
    if (question) showQuestionScenario(question);
  }, [question]);

  return {
    session,
    question,
    interacted,
    // keeps the answer (graded silently) for the score and the review; progress and Review get it at the end
    answer: (answer, grade) => { setInteracted(true); dispatch({ type: 'answer', index: session.index, answer, grade }); },
    next: () => { setInteracted(true); dispatch({ type: 'next' }); },
    finish: () => {
      setInteracted(true);
      if (session.finished) return;
      const done = testReducer(session, { type: 'finish' });
      const score = testScore(done);
      // nothing is graded until the end: only now do the answers count in progress, and misses go to Review
      session.test.questions.forEach((question, i) => {
        const given = session.answers[i];
        if (given?.answer) recordAnswer('test', { id: question.id, prompt: question.prompt, recipe: questionRecipe(question) }, given.grade.correct);
      });
      recordTest({ seed: session.test.seed, score: score.correct, total: score.total });
      dispatch({ type: 'finish' });
    },
    newTest: (seed) => {
      setInteracted(true);
      if (isHalfDone(session)) saveRun('setAsideTest', testRunOf(session));
      dispatch({ type: 'new', seed: seed ?? freshTestSeed(session.test) });
    },
    setAside,
    resumeSetAside: () => {
      if (!setAside) return;
      setInteracted(true);
      saveRun('setAsideTest', isHalfDone(session) ? testRunOf(session) : null);
      dispatch({ type: 'resume', run: setAside });
    },
  };
}
