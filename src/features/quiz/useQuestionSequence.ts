/** A mode's run of questions: the lesson's first, then engine-made ones for the workspace's scenario (as the quiz modes found it). */
import { useEffect, useMemo, useState } from 'react';
import {
  generateQuestions, questionRecipe, rebuildQuestion, scenarioKey, type Question, type QuestionRecipe, type Scenario,
} from '../../quiz';
import type { QuestionRun, QuestionRunMode } from '../../store/runsSlice';
import { showQuestionScenario } from './questionScenario';
import { useAppStore } from '../../store/store';
import { selectQuestionRun, selectWorkspaceScenario } from '../../store/selectors';

/** How many engine-made questions follow the lesson's. */
export const MORE_QUESTIONS = 6;


/**
 * Engine-made questions for a scenario, leaving out any whose prompt repeats a lesson question's, and any already
 * asked in earlier sets (`asked`, ids) while the scenario has others left; a small scenario tops up with repeats.
 */
export function moreQuestions(scenario: Scenario, seed: number, lesson: readonly Question[], asked: readonly string[] = []): Question[] {
  const prompts = new Set(lesson.map((question) => question.prompt));
  const draw = (exclude: readonly string[]) =>
    generateQuestions({ ...scenario, seed, count: MORE_QUESTIONS + lesson.length, exclude: [...lesson.map((q) => q.id), ...exclude] })
      .filter((question) => !prompts.has(question.prompt));
  const fresh = draw(asked).slice(0, MORE_QUESTIONS);
  if (fresh.length === MORE_QUESTIONS || asked.length === 0) return fresh;
  const taken = new Set(fresh.map((q) => q.id));
  return [...fresh, ...draw([]).filter((q) => !taken.has(q.id))].slice(0, MORE_QUESTIONS);
}

export interface QuestionSequence {
  readonly questions: readonly Question[];
  readonly index: number;
  readonly question: Question;
  /** how many of the questions come from the lesson */
  readonly lessonCount: number;
  /** first-attempt result per question id */
  readonly firstTries: Readonly<Record<string, boolean>>;
  readonly seed: number;
  goTo: (index: number) => void;
  /** draws a fresh set of engine-made questions and goes to the first of them */
  newQuestions: () => void;
  recordFirstTry: (id: string, correct: boolean) => void;
  /** asks a question again: goes to it, adding it to the run when it is not in it */
  ask: (question: Question) => void;
}

/** The run kept for this mode when it is about the same workspace scenario. */
function keptRun(mode: QuestionRunMode, scenario: Scenario): QuestionRun | undefined {
  const run = selectQuestionRun(mode)(useAppStore.getState());
  return run?.scenario === scenarioKey(scenario) ? run : undefined;
}

const rebuilt = (recipes: readonly QuestionRecipe[]) => recipes.flatMap((recipe) => rebuildQuestion(recipe) ?? []);

/**
 * The run of questions on screen in Visual quiz or Practice. Its position (set, question, first tries) is kept on the
 * device as it goes, so visiting another mode or reloading resumes it while the workspace scenario is the same.
 */
export function useQuestionSequence(lesson: readonly Question[], mode: QuestionRunMode, initialSeed = 1): QuestionSequence {
  const [scenario] = useState(() => selectWorkspaceScenario(useAppStore.getState()));
  const [kept] = useState(() => keptRun(mode, scenario));
  const [seed, setSeed] = useState(kept?.seed ?? initialSeed);
  const [extra, setExtra] = useState<readonly Question[]>(() => rebuilt(kept?.extra ?? []));
  /** ids of the engine-made questions of earlier sets, so "New questions" asks others */
  const [asked, setAsked] = useState<readonly string[]>(kept?.asked ?? []);
  const [index, setIndex] = useState(kept?.index ?? 0);
  const [firstTries, setFirstTries] = useState<Record<string, boolean>>(kept?.firstTries ?? {});
  const saveRun = useAppStore((state) => state.saveRun);
  const generated = useMemo(() => moreQuestions(scenario, seed, lesson, asked), [scenario, seed, lesson, asked]);
  const questions = useMemo(() => [...lesson, ...generated, ...extra], [lesson, generated, extra]);
  const current = Math.min(index, questions.length - 1);
  const question = questions[current]!;

  useEffect(() => {
    showQuestionScenario(question);
  }, [question]);
  useEffect(() => {
    const recipes = extra.flatMap((q) => questionRecipe(q) ?? []);
    saveRun(mode, { scenario: scenarioKey(scenario), seed, asked, index: current, firstTries, extra: recipes });
  }, [mode, scenario, seed, asked, current, firstTries, extra, saveRun]);

  return {
    questions, index: current, question, lessonCount: lesson.length, firstTries, seed,
    goTo: (next) => setIndex(Math.min(Math.max(next, 0), questions.length - 1)),
    newQuestions: () => { setAsked((ids) => [...ids, ...generated.map((q) => q.id)]); setSeed((s) => s + 1); setIndex(lesson.length); },
    recordFirstTry: (id, correct) => setFirstTries((tries) => (id in tries ? tries : { ...tries, [id]: correct })),
    ask: (wanted) => {
      const at = questions.findIndex((q) => q.id === wanted.id);
      if (at >= 0) { setIndex(at); return; }
      setExtra((list) => [...list, wanted]);
      setIndex(questions.length);
    },
  };
}
