/**
 * Questions on LLM endpoints beside the pitfalls: each made when it comes on screen from runs of the engine (the LLM
 * server and a policy; src/quiz/llm), answered here and explained with the run's numbers. A set is its seed: the same
 * set gives everyone the same questions.
 */
import { useMemo, useState } from 'react';
import { Panel } from '../../../ui/Panel';
import { LLM_SET_LENGTH, llmQuestion } from '../../../quiz/llm';
import { RunQuestionCard } from './RunQuestionCard';

export function LlmQuizPanel() {
  const [seed, setSeed] = useState(1);
  /** the question on screen; null before the learner starts */
  const [index, setIndex] = useState<number | null>(null);
  const question = useMemo(() => (index === null ? null : llmQuestion(seed, index)), [seed, index]);
  return (
    <Panel id="lab-llm-quiz" title="LLM questions">
      <p className="muted lab-small">
        {LLM_SET_LENGTH} questions on LLM endpoints (the batch, GPU utilisation, objectives, waking from zero, cold starts,
        draining), each answered by a run of the Lab&apos;s engine made as it comes up; the explanation cites that run&apos;s numbers.
      </p>
      {question && index !== null ? (
        <>
          <RunQuestionCard key={`${seed}:${index}`} question={question} title={`Question ${index + 1} of ${LLM_SET_LENGTH}`} />
          <div className="lab-quiz-nav">
            <button type="button" disabled={index === 0} onClick={() => setIndex(index - 1)}>Previous</button>
            {index + 1 < LLM_SET_LENGTH
              ? <button type="button" onClick={() => setIndex(index + 1)}>Next question</button>
              : <button type="button" onClick={() => { setSeed(seed + 1); setIndex(0); }}>New set</button>}
            <span className="muted lab-small">Set {seed}</span>
          </div>
        </>
      ) : (
        <button type="button" onClick={() => setIndex(0)}>Start the questions</button>
      )}
    </Panel>
  );
}
