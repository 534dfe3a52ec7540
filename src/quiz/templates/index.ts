/** Every question template, in a fixed order (generation shuffles it with the seed). */
import { configKey, fixConfig, keepsAtLeast } from './configTemplates';
import { countActions, firstConditionTrue } from './conditionTemplates';
import { actionAt, finalCount, instancesAfter, peakCount, predictNext } from './stepTemplates';
import { desiredCount, measuredUtilization, scaleDirection } from './targetTemplates';
import { whatIfCount, whatIfLower, whatIfUpper } from './whatIfTemplates';
import type { QuestionTemplate } from './template';

export const TEMPLATES: readonly QuestionTemplate[] = [
  instancesAfter, actionAt, finalCount, peakCount, configKey,
  predictNext, firstConditionTrue, countActions, keepsAtLeast, desiredCount, measuredUtilization, scaleDirection,
  whatIfLower, whatIfUpper, whatIfCount, fixConfig,
];

export { createContext, type QuestionTemplate, type TemplateContext, type Params } from './template';
