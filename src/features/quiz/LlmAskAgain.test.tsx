// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { LLM_TEMPLATES, llmRecipe } from '../../quiz/llm';
import { llmQuestionHash } from '../../store/llmQuestionLink';
import { LlmAskAgain } from './LlmAskAgain';

afterEach(cleanup);

describe('Ask again in the Lab, for a missed LLM question', () => {
  it('links to the question\'s set and place while that place still asks it', async () => {
    const recipe = llmRecipe(3, 1);
    render(<LlmAskAgain recipe={recipe} />);
    const link = screen.getByRole('link', { name: 'Ask again in the Lab' });
    expect(link.getAttribute('href')).toBe(llmQuestionHash(recipe));
    // still a link once the templates have been checked
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByRole('link', { name: 'Ask again in the Lab' })).toBeTruthy();
  });

  it('says so, and opens the Lab\'s questions instead, when the place now holds another question', async () => {
    const recipe = llmRecipe(3, 1);
    const other = LLM_TEMPLATES.map((t) => t.name).find((name) => name !== recipe.template)!;
    render(<LlmAskAgain recipe={{ ...recipe, template: other }} />);
    const instead = await screen.findByRole('link', { name: 'open the Lab\'s LLM questions' });
    expect(instead.getAttribute('href')).toBe('#/lab');
    expect(screen.queryByRole('link', { name: 'Ask again in the Lab' })).toBeNull();
    expect(document.body.textContent).toContain('from an earlier version of the Lab\'s questions');
  });
});
