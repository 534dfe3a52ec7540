import { describe, expect, it } from 'vitest';
import { simulate, stepAt, validateConfig } from '../engine';
import { CONCEPT_SNAPSHOT } from './lessonSummary';
import { FACT_CARDS } from './flashcards';

describe('flashcards of the lesson\'s key facts', () => {
  it('have unique ids and text on both sides', () => {
    expect(new Set(FACT_CARDS.map((c) => c.id)).size).toBe(FACT_CARDS.length);
    for (const card of FACT_CARDS) expect(card.front.length > 5 && card.back.length > 5).toBe(true);
  });

  it.each(FACT_CARDS.filter((c) => c.check).map((c) => [c.id, c] as const))('%s states what the engine does', (_id, card) => {
    const check = card.check!;
    expect(validateConfig(check.config).ok).toBe(true);
    const step = stepAt(simulate({ config: check.config, loads: check.loads }), check.step - 1);
    expect(step.action).toBe(check.action);
    expect(step.instancesAfter).toBe(check.instancesAfter);
    expect(card.back).toContain(String(check.instancesAfter));
    if (check.action !== 'none') expect(card.back).toContain(`${step.instancesBefore} → ${step.instancesAfter}`);
  });

  it('quote the Concept Snapshot word for word where they say they do', () => {
    const quoted = FACT_CARDS.filter((c) => c.source === 'Concept Snapshot').flatMap((c) => [...c.back.matchAll(/"([^"]+)"/g)].map((m) => m[1]!));
    expect(quoted.length).toBeGreaterThanOrEqual(4);
    for (const quote of quoted) expect(CONCEPT_SNAPSHOT.points.some((point) => point.includes(quote))).toBe(true);
  });
});
