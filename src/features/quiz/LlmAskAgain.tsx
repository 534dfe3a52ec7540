/**
 * "Ask again in the Lab" for a missed LLM question: a link to its set and place in the Lab. The question templates load
 * on demand (the Lab's chunk); once they are here, a recipe whose place now holds another question (saved before the
 * templates changed) says so instead of opening a question the learner did not miss.
 */
import { useEffect, useState } from 'react';
import { llmQuestionHash } from '../../store/llmQuestionLink';
import type { LlmRecipe } from '../../quiz/llm/recipe';

export function LlmAskAgain({ recipe }: { readonly recipe: LlmRecipe }) {
  const [current, setCurrent] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void import('../../quiz/llm').then(({ llmRecipeCurrent }) => { if (live) setCurrent(llmRecipeCurrent(recipe)); });
    return () => { live = false; };
  }, [recipe]);
  if (current === false) {
    return (
      <span className="muted"> — from an earlier version of the Lab&apos;s questions, which no longer asks it there: <a href="#/lab">open the Lab&apos;s LLM questions</a></span>
    );
  }
  return <a className="missed-ask" href={llmQuestionHash(recipe)}>Ask again in the Lab</a>;
}
