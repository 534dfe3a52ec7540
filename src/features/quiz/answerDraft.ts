/** What the learner has entered so far for a question, and turning it into the quiz engine's Answer. Pure. */
import type { Action } from '../../engine';
import type { Answer, ChoiceId, Question } from '../../quiz';

export interface AnswerDraft {
  readonly choice?: ChoiceId;
  /** the numeric answer as typed */
  readonly value: string;
  readonly action?: Action;
  /** the predicted instance count as typed */
  readonly instances: string;
}

export const EMPTY_DRAFT: AnswerDraft = { value: '', instances: '' };

/** The actions a prediction offers, in the order the radios show them. */
export const ACTION_CHOICES: readonly { readonly action: Action; readonly label: string }[] = [
  { action: 'scale_up', label: 'Scale up' },
  { action: 'scale_down', label: 'Scale down' },
  { action: 'none', label: 'No scaling' },
];

export type DraftResult = { readonly ok: true; readonly answer: Answer } | { readonly ok: false; readonly problem: string };

function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * The Answer to grade, or what is still missing (said to the learner instead of grading an empty answer).
 * A fix_config answer is the config text being edited.
 */
export function draftToAnswer(question: Question, draft: AnswerDraft, configText: string): DraftResult {
  switch (question.kind) {
    case 'multiple_choice':
      return draft.choice ? { ok: true, answer: { kind: 'multiple_choice', choice: draft.choice } } : { ok: false, problem: 'Pick one of the choices first.' };
    case 'numeric': {
      const value = parseNumber(draft.value);
      return value === undefined ? { ok: false, problem: 'Enter a number first.' } : { ok: true, answer: { kind: 'numeric', value } };
    }
    case 'predict_step': {
      const instances = parseNumber(draft.instances);
      if (!draft.action) return { ok: false, problem: 'Pick an action first: scale up, scale down or no scaling.' };
      if (instances === undefined || !Number.isInteger(instances) || instances < 0) return { ok: false, problem: 'Enter the number of instances as a whole number.' };
      return { ok: true, answer: { kind: 'predict_step', action: draft.action, instances } };
    }
    case 'fix_config':
      return configText.trim() === '' ? { ok: false, problem: 'The config is empty: write one first.' } : { ok: true, answer: { kind: 'fix_config', configText } };
  }
}
