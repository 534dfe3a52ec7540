/**
 * Questions on LLM endpoints beside the pitfalls: each made when it comes on screen from runs of the engine (the LLM
 * server and a policy; src/quiz/llm), answered here and explained with the run's numbers. A set is its seed: the same
 * set gives everyone the same questions. The set and the question are in the address (a reload or a link opens the
 * same question); every checked answer counts in the learner's progress, and a missed one comes back in Review.
 */
import { useEffect, useMemo, useRef } from 'react';
import { Panel } from '../../../ui/Panel';
import { LLM_SET_LENGTH, llmQuestion, llmRecipe, MAX_LLM_SET } from '../../../quiz/llm';
import { useAppStore } from '../../../store/store';
import { useViewParam } from '../../../store/viewParams';
import { LLM_QUESTION_PARAM, LLM_SET_PARAM } from '../../../store/llmQuestionLink';
import { RunQuestionCard } from './RunQuestionCard';

function LabScore() {
  const score = useAppStore((state) => state.progress.scores.lab);
  const missed = useAppStore((state) => state.progress.missed.filter((m) => m.mode === 'lab').length);
  return (
    <p className="muted lab-small" data-lab-score>
      Your progress here: {score.total === 0 ? 'nothing checked yet' : `${score.correct} of ${score.total} right`}
      {missed > 0 ? <>; {missed} missed, waiting in <a href="#/review">Review</a></> : null}. Kept on this device.
    </p>
  );
}

export function LlmQuizPanel() {
  const [seed, setSeed] = useViewParam(LLM_SET_PARAM, 1, 1, MAX_LLM_SET);
  /** the question on screen, 1-based; 0 before the learner starts */
  const [number, setNumber] = useViewParam(LLM_QUESTION_PARAM, 0, 0, LLM_SET_LENGTH);
  const index = number === 0 ? null : number - 1;
  const question = useMemo(() => (index === null ? null : llmQuestion(seed, index)), [seed, index]);
  const recordAnswer = useAppStore((state) => state.recordAnswer);
  const go = (set: number, next: number) => { setSeed(set); setNumber(next + 1); };

  // opened at a question (a link, a reload, Review's "try again"): the question is what the learner came for
  const openedAt = useRef(index);
  useEffect(() => {
    if (openedAt.current !== null) document.getElementById('lab-llm-quiz')?.scrollIntoView({ block: 'start' });
  }, []);

  return (
    <Panel id="lab-llm-quiz" title="LLM questions">
      <p className="muted lab-small">
        {LLM_SET_LENGTH} questions on LLM endpoints (the batch, GPU utilisation, objectives, waking from zero, cold starts,
        draining), each answered by a run of the Lab&apos;s engine made as it comes up; the explanation cites that run&apos;s numbers.
      </p>
      {question && index !== null ? (
        <>
          <RunQuestionCard key={`${seed}:${index}`} question={question} title={`Question ${index + 1} of ${LLM_SET_LENGTH}`}
            onChecked={(grade) => recordAnswer('lab', { id: question.id, prompt: question.prompt, recipe: llmRecipe(seed, index) }, grade.correct)} />
          <div className="lab-quiz-nav">
            <button type="button" disabled={index === 0} onClick={() => go(seed, index - 1)}>Previous</button>
            {index + 1 < LLM_SET_LENGTH
              ? <button type="button" onClick={() => go(seed, index + 1)}>Next question</button>
              : <button type="button" disabled={seed >= MAX_LLM_SET} onClick={() => go(seed + 1, 0)}>New set</button>}
            <span className="muted lab-small">Set {seed}</span>
          </div>
        </>
      ) : (
        <button type="button" onClick={() => go(seed, 0)}>Start the questions</button>
      )}
      <LabScore />
    </Panel>
  );
}
