import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';
import { selectShareHash } from './selectors';
import { parseHash } from './urlState';
import { parseViewParams } from './viewParams';
import { llmQuestionHash, LLM_QUESTION_PARAM, LLM_SET_PARAM } from './llmQuestionLink';
import { MemoryStorage } from './testing/memoryStorage';

describe('the Lab\'s LLM question in the address', () => {
  it('a recipe\'s link opens the Lab at that set and 1-based question', () => {
    const route = parseHash(llmQuestionHash({ set: 12, index: 3 }));
    expect(route.mode).toBe('lab');
    expect(parseViewParams(route.view ?? '')).toEqual({ [LLM_SET_PARAM]: 12, [LLM_QUESTION_PARAM]: 4 });
  });

  it('the Lab\'s own link keeps the view state beside its setup, so a reload finds the question', () => {
    const store = createAppStore(() => new MemoryStorage());
    store.getState().setMode('lab');
    store.getState().setModeView('llmset=2,llmq=3');
    expect(parseHash(selectShareHash(store.getState())).view).toBe('llmset=2,llmq=3');
    store.getState().setMode('review');
    expect(parseHash(selectShareHash(store.getState())).view).toBeUndefined();
  });
});
