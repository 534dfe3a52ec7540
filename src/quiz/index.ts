/** The question engine's public surface: pure, uses only the scaling engine. */
export * from './types';
export { grade, gradeRun, expectedAnswer } from './grade';
export { checkGoal, goalChecker, type GoalChecker } from './goal';
export { buildQuestion, generateQuestions, generateTest, TEMPLATE_NAMES, TEST_PLAN, TEST_LENGTH, type GenerateInput, type TestInput, type TestSet } from './generate';
export { scenarioFromSeed, LESSON_SCENARIO } from './scenario';
export { resolveTarget, targetExists, flowNodes, type ResolvedTarget } from './targets';
export { KEY_MEANINGS } from './templates/configTemplates';
export { questionRecipe, rebuildQuestion, MAX_RECIPE_STEPS, type QuestionRecipe } from './recipe';
export { gradeCard, dueCards, nextDue, isCardSchedule, GRADE_LABELS, REVIEW_GRADES, BOX_COUNT, BOX_INTERVALS_MS, type CardSchedule, type ReviewGrade, type Schedules } from './leitner';
export { givesAway, questionPicture, questionSteps, type QuestionPicture } from './giveaway';
export { scenarioKey } from './build';
export { hintNote } from './hintNote';
