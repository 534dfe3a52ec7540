/**
 * Present's slide decks as data: the model, its validation (every slide's scenario goes through the engine) and the
 * link / JSON encodings. Pure: no DOM, no store. A deck that does not validate is refused with paths, never half-used.
 */
import {
  keyMoments, simulate, validateConfig, validateLoads,
  type MomentKind, type Result, type ScalingConfig, type ValidationError,
} from '../engine';
import { targetExists } from '../quiz/targets';
import type { PictureTarget } from '../quiz/types';

export const DECK_VERSION = 1;
/** The workspace panels a slide can show, in the order the stage lays them out. */
export const SLIDE_PANELS = ['flow', 'table', 'tracker', 'code', 'chart'] as const;
export type SlidePanel = (typeof SLIDE_PANELS)[number];
export const MAX_SLIDES = 60;
/** steps per slide scenario: a deck lives in a link, so it stays small */
export const MAX_SLIDE_STEPS = 500;
const MAX_TEXT = 2_000;
const MOMENT_KINDS: readonly MomentKind[] = ['held_at_min', 'scaled_up', 'scaled_down', 'held_at_max', 'tracked_up', 'tracked_down', 'within_tolerance', 'capped'];

export interface SlideQuestion {
  readonly prompt: string;
  /** none for an open question, whose explanation is the answer */
  readonly choices: readonly { readonly id: string; readonly text: string }[];
  /** id of the right choice ('' for an open question); hidden until the presenter reveals it */
  readonly answer: string;
  readonly explanation: string;
}

export interface Slide {
  readonly title: string;
  /** short lines for the class, one bullet each */
  readonly points: readonly string[];
  /** speaker notes, shown only in the speaker view */
  readonly notes: string;
  readonly config: ScalingConfig;
  /** requests per step */
  readonly loads: readonly number[];
  /** where the slide opens: 0 = Start, k = after step k */
  readonly cursor: number;
  /** the last step reachable by stepping inside the slide (cursor when the slide does not step) */
  readonly stepTo: number;
  readonly panels: readonly SlidePanel[];
  /** what the views point at (for a question, only once the answer is revealed) */
  readonly highlight?: PictureTarget;
  /** a key-moment slide: the engine must find this kind of moment between cursor and stepTo */
  readonly moment?: MomentKind;
  readonly question?: SlideQuestion;
}

export interface Deck {
  readonly title: string;
  readonly slides: readonly Slide[];
}

type Fields = Record<string, unknown>;
const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const err = (path: string, message: string, hint: string): ValidationError => ({ path, message, hint });
const isText = (value: unknown, max = MAX_TEXT): value is string => typeof value === 'string' && value.length <= max;
const isStep = (value: unknown, steps: number): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= steps;

function validateQuestion(input: unknown, path: string, errors: ValidationError[]): SlideQuestion | undefined {
  if (!isRecord(input)) { errors.push(err(path, 'The question is not an object', 'give it prompt, choices, answer and explanation')); return undefined; }
  const { prompt, choices, answer, explanation } = input;
  const list = Array.isArray(choices) ? choices : [];
  const okChoices = (list.length === 0 || list.length >= 2) && list.length <= 6 && list.every((c) => isRecord(c) && isText(c.id, 4) && isText(c.text, 300));
  if (!isText(prompt) || prompt.trim() === '') errors.push(err(`${path}.prompt`, 'The question has no prompt', 'write the question to ask'));
  if (!okChoices) errors.push(err(`${path}.choices`, 'A question needs no choices (an open question) or 2 to 6, each with an id and a text', 'e.g. { "id": "A", "text": "2" }'));
  else if (list.length === 0 ? answer !== '' : !list.some((c) => (c as Fields).id === answer)) errors.push(err(`${path}.answer`, `The answer "${String(answer)}" is not one of the choices`, 'use the id of the right choice'));
  if (!isText(explanation) || (list.length === 0 && explanation.trim() === '')) errors.push(err(`${path}.explanation`, 'The explanation must be text', 'say why the answer is right'));
  if (errors.some((e) => e.path.startsWith(path))) return undefined;
  return { prompt: prompt as string, choices: list.map((c) => ({ id: String((c as Fields).id), text: String((c as Fields).text) })), answer: answer as string, explanation: explanation as string };
}

/** Checks one slide: its text, its scenario through the engine, its cursor, panels, highlight, moment and question. */
export function validateSlide(input: unknown, path: string): Result<Slide> {
  if (!isRecord(input)) return { ok: false, errors: [err(path, 'The slide is not an object', 'each slide is { title, config, loads, ... }')] };
  const errors: ValidationError[] = [];
  const { title, points = [], notes = '', panels, highlight, moment, question } = input;
  if (!isText(title, 200)) errors.push(err(`${path}.title`, 'The slide title must be text (up to 200 characters)', 'give every slide a short title'));
  if (!Array.isArray(points) || points.length > 8 || !points.every((p) => isText(p, 300))) errors.push(err(`${path}.points`, 'Points must be a list of up to 8 short texts', 'keep what the class reads short'));
  if (!isText(notes)) errors.push(err(`${path}.notes`, 'Speaker notes must be text', 'write them as one text'));
  const config = validateConfig(input.config);
  if (!config.ok) errors.push(...config.errors.map((e) => ({ ...e, path: `${path}.config${e.path ? `.${e.path}` : ''}` })));
  const loads = validateLoads(input.loads);
  if (!loads.ok) errors.push(...loads.errors.map((e) => ({ ...e, path: `${path}.${e.path}` })));
  else if (loads.value.length > MAX_SLIDE_STEPS) errors.push(err(`${path}.loads`, `A slide holds at most ${MAX_SLIDE_STEPS} steps`, 'shorten the load'));
  const steps = loads.ok ? loads.value.length : 0;
  if (!isStep(input.cursor, steps)) errors.push(err(`${path}.cursor`, `The cursor must be a whole step from 0 to ${steps}`, '0 is Start, k is after step k'));
  const stepTo = input.stepTo ?? input.cursor;
  if (!isStep(stepTo, steps) || (isStep(input.cursor, steps) && stepTo < input.cursor)) errors.push(err(`${path}.stepTo`, 'stepTo must be a step from the cursor to the last step', 'the slide steps from cursor up to stepTo'));
  if (!Array.isArray(panels) || panels.length === 0 || !panels.every((p) => (SLIDE_PANELS as readonly unknown[]).includes(p))) {
    errors.push(err(`${path}.panels`, `Panels must list one or more of ${SLIDE_PANELS.join(', ')}`, 'pick the views the slide shows'));
  }
  const slideQuestion = question === undefined ? undefined : validateQuestion(question, `${path}.question`, errors);
  if (moment !== undefined && !(MOMENT_KINDS as readonly unknown[]).includes(moment)) errors.push(err(`${path}.moment`, `"${String(moment)}" is not a kind of key moment`, `one of ${MOMENT_KINDS.join(', ')}`));
  if (errors.length > 0 || !config.ok || !loads.ok) return { ok: false, errors };
  const trace = simulate({ config: config.value, loads: loads.value });
  if (highlight !== undefined && !(isRecord(highlight) && typeof highlight.kind === 'string' && safeTargetExists(highlight, trace))) {
    errors.push(err(`${path}.highlight`, 'The highlight points at nothing in this slide\'s scenario', 'point at a row, column, cell, tracker cell, flow node or config key that exists'));
  }
  if (moment !== undefined) {
    const found = keyMoments(trace).find((m) => m.kind === moment);
    if (!found || found.step <= (input.cursor as number) - 1 || found.step > (stepTo as number)) {
      errors.push(err(`${path}.moment`, `The engine finds no ${String(moment).replace(/_/g, ' ')} moment in the steps this slide shows`, 'change the load, or step the slide to the moment'));
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      title: title as string, points: points as string[], notes: notes as string, config: config.value, loads: loads.value,
      cursor: input.cursor as number, stepTo: stepTo as number, panels: panels as SlidePanel[],
      ...(highlight === undefined ? {} : { highlight: highlight as PictureTarget }),
      ...(moment === undefined ? {} : { moment: moment as MomentKind }),
      ...(slideQuestion ? { question: slideQuestion } : {}),
    },
  };
}

function safeTargetExists(target: Fields, trace: ReturnType<typeof simulate>): boolean {
  try { return targetExists(target as unknown as PictureTarget, trace); } catch { return false; }
}

/** Checks a whole deck (the JSON shape: { v, title, slides }); all slides' problems are reported at once. */
export function validateDeck(input: unknown): Result<Deck> {
  if (!isRecord(input)) return { ok: false, errors: [err('', 'This is not a deck', 'a deck is { "v": 1, "title": ..., "slides": [...] }')] };
  if (input.v !== undefined && input.v !== DECK_VERSION) return { ok: false, errors: [err('v', `Deck version ${String(input.v)} is not known here`, `this app reads version ${DECK_VERSION}`)] };
  const errors: ValidationError[] = [];
  if (!isText(input.title, 200)) errors.push(err('title', 'The deck title must be text', 'give the deck a short title'));
  if (!Array.isArray(input.slides) || input.slides.length === 0) return { ok: false, errors: [...errors, err('slides', 'The deck has no slides', 'a deck needs at least one slide')] };
  if (input.slides.length > MAX_SLIDES) return { ok: false, errors: [...errors, err('slides', `A deck holds at most ${MAX_SLIDES} slides`, 'split it into two decks')] };
  const slides: Slide[] = [];
  input.slides.forEach((slide, i) => {
    const checked = validateSlide(slide, `slides[${i}]`);
    if (checked.ok) slides.push(checked.value); else errors.push(...checked.errors);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { title: input.title as string, slides } };
}

/** The deck as the JSON that export writes and import reads. */
export function deckToJson(deck: Deck): string {
  return JSON.stringify({ v: DECK_VERSION, ...deck }, null, 2);
}

/** Parses and validates exported JSON; bad JSON is a result with a message, not a throw. */
export function deckFromJson(text: string): Result<Deck> {
  let parsed: unknown;
  try { parsed = JSON.parse(text); } catch (error) {
    return { ok: false, errors: [err('', `This file is not valid JSON (${error instanceof Error ? error.message : 'unreadable'})`, 'export a deck from Present and import that file')] };
  }
  return validateDeck(parsed);
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The deck packed for a link's `deck=` parameter (compact JSON, base64url). */
export function encodeDeck(deck: Deck): string {
  return toBase64Url(JSON.stringify({ v: DECK_VERSION, ...deck }));
}

/** Unpacks a link's deck; a cut or edited link gives a result that says so. */
export function decodeDeck(encoded: string): Result<Deck> {
  let text: string;
  try {
    const padded = encoded.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (encoded.length % 4)) % 4);
    text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(atob(padded), (c) => c.charCodeAt(0)));
  } catch {
    return { ok: false, errors: [err('deck link', 'The deck link could not be decoded', 'the link may be cut short or edited; ask for a fresh one')] };
  }
  const deck = deckFromJson(text);
  return deck.ok ? deck : { ok: false, errors: deck.errors.map((e) => ({ ...e, path: `deck link${e.path ? ` ${e.path}` : ''}` })) };
}

/** A deck with one slide moved by `delta` places (clamped); the same deck when nothing moves. */
export function moveSlide(deck: Deck, index: number, delta: number): Deck {
  const to = Math.min(Math.max(index + delta, 0), deck.slides.length - 1);
  const moving = deck.slides[index];
  if (!moving || to === index) return deck;
  const slides = deck.slides.filter((_, i) => i !== index);
  slides.splice(to, 0, moving);
  return { ...deck, slides };
}

export function removeSlide(deck: Deck, index: number): Deck {
  return { ...deck, slides: deck.slides.filter((_, i) => i !== index) };
}

export function replaceSlide(deck: Deck, index: number, slide: Slide): Deck {
  return { ...deck, slides: deck.slides.map((s, i) => (i === index ? slide : s)) };
}

/** What a workspace shows, as "Add this view as a slide" reads it. */
export interface WorkspaceView {
  readonly config: ScalingConfig;
  readonly loads: readonly number[];
  readonly cursor: number;
  readonly highlight?: PictureTarget | null;
}

/** A slide that reopens this view: it opens at the view's step and steps on to the end; every panel is shown. */
export function slideFromView(view: WorkspaceView, number: number): Slide {
  const loads = view.loads.slice(0, MAX_SLIDE_STEPS);
  const cursor = Math.min(view.cursor, loads.length);
  const policy = view.config.policy === 'threshold' ? 'thresholds' : 'target tracking';
  return {
    title: `Slide ${number}: step ${cursor} of ${loads.length}`,
    points: [`Load: ${loads.slice(0, 12).join(', ')}${loads.length > 12 ? ', …' : ''}`, `Policy: ${policy}`],
    notes: '',
    config: view.config,
    loads,
    cursor,
    stepTo: loads.length,
    panels: ['table', 'tracker'],
    ...(view.highlight ? { highlight: view.highlight } : {}),
  };
}
