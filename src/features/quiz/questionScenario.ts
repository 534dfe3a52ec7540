/** Putting a question's scenario on screen: the one place a quiz mode changes the workspace for a question. */
import type { Question } from '../../quiz';
import { useAppStore } from '../../store/store';

/**
 * Loads the question's config and load into the workspace (cursor at the end by default, so every row shows),
 * clears any highlight, and for a fix_config question puts its starting text in the config editor.
 * Call it when a question comes on screen (an effect or the Next button), never from inside QuestionCard:
 * the card's fix-the-config editor edits the store's config text, which a later loadScenario would overwrite.
 */
export function showQuestionScenario(question: Question, cursor: number | 'end' = 'end'): void {
  const { loadScenario, setConfigText, setHighlight } = useAppStore.getState();
  const { scenario } = question;
  loadScenario({ ...scenario, cursor: cursor === 'end' ? scenario.loads.length : cursor });
  if (question.kind === 'fix_config') setConfigText(question.startText);
  setHighlight(null);
}
