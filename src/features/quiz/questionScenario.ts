/** Putting a question's scenario on screen: the one place a quiz mode changes the workspace for a question. */
import { questionPicture, type Question } from '../../quiz';
import { useAppStore } from '../../store/store';

/**
 * Loads the question's config and load into the workspace with its picture (questionPicture: the whole run, or for a
 * step to predict the run up to the step before, later rows hidden even with "Show all rows"), clears any highlight,
 * and for a fix_config question puts its starting text in the config editor.
 * Call it when a question comes on screen (an effect or the Next button), never from inside QuestionCard:
 * the card's fix-the-config editor edits the store's config text, which a later loadScenario would overwrite.
 */
export function showQuestionScenario(question: Question): void {
  const { loadScenario, setConfigText, setHighlight, setHideRowsAfter } = useAppStore.getState();
  const picture = questionPicture(question);
  loadScenario({ ...question.scenario, cursor: picture.cursor });
  setHideRowsAfter(picture.hideAfter);
  if (question.kind === 'fix_config') setConfigText(question.startText);
  setHighlight(null);
}
