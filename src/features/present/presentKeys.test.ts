// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { navigate } from './deckNav';
import { presentCommandFor, PRESENT_SHORTCUTS, type KeyPress } from './presentKeys';

const press = (key: string, over: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, defaultPrevented: false, target: document.body, ...over });

describe('presentCommandFor', () => {
  it('maps a presenter remote, the arrows, Home/End, B and ., F, R, S and Esc', () => {
    const keys = ['PageDown', 'PageUp', 'ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End', 'b', '.', 'f', 'Escape', 'r', 's', ' '];
    expect(keys.map((key) => presentCommandFor(press(key), false))).toEqual([
      'next', 'previous', 'next', 'previous', 'nextSlide', 'previousSlide', 'firstSlide', 'lastSlide', 'blank', 'blank', 'fullscreen', 'explore', 'reveal', 'speaker', 'next',
    ]);
  });

  it('leaves other keys, modified keys and handled keys alone', () => {
    expect(presentCommandFor(press('x'), false)).toBeUndefined();
    expect(presentCommandFor(press('PageDown', { ctrlKey: true }), false)).toBeUndefined();
    expect(presentCommandFor(press('f', { metaKey: true }), false)).toBeUndefined();
    expect(presentCommandFor(press('PageDown', { defaultPrevented: true }), false)).toBeUndefined();
  });

  it('while exploring, only Esc is Present\'s', () => {
    expect(presentCommandFor(press('PageDown'), true)).toBeUndefined();
    expect(presentCommandFor(press('ArrowRight'), true)).toBeUndefined();
    expect(presentCommandFor(press('Escape'), true)).toBe('explore');
  });

  it('keeps keys for a text field, a dialog, and Space for a button', () => {
    const input = document.createElement('input');
    const textarea = document.createElement('textarea');
    const button = document.createElement('button');
    expect(presentCommandFor(press('b', { target: input }), false)).toBeUndefined();
    expect(presentCommandFor(press('ArrowLeft', { target: textarea }), false)).toBeUndefined();
    expect(presentCommandFor(press(' ', { target: button }), false)).toBeUndefined();
    expect(presentCommandFor(press('PageDown', { target: button }), false)).toBe('next');
    expect(presentCommandFor(press('Escape', { target: input }), true)).toBe('explore');
    const dialog = document.createElement('dialog');
    dialog.append(textarea);
    expect(presentCommandFor(press('Escape', { target: textarea }), false)).toBeUndefined();
  });

  it('lists every command in the shortcuts', () => {
    expect(PRESENT_SHORTCUTS.length).toBe(9);
  });
});

describe('navigate', () => {
  const slides = [{ cursor: 6, stepTo: 6 }, { cursor: 0, stepTo: 2 }, { cursor: 2, stepTo: 3 }];

  it('steps inside a slide before moving to the next, and enters the next at its start', () => {
    expect(navigate(slides, { slide: 0, cursor: 6 }, 'next')).toEqual({ slide: 1, cursor: 0 });
    expect(navigate(slides, { slide: 1, cursor: 0 }, 'next')).toEqual({ slide: 1, cursor: 1 });
    expect(navigate(slides, { slide: 1, cursor: 2 }, 'next')).toEqual({ slide: 2, cursor: 2 });
    expect(navigate(slides, { slide: 2, cursor: 3 }, 'next')).toEqual({ slide: 2, cursor: 3 });
  });

  it('steps back, then enters the previous slide at its last step', () => {
    expect(navigate(slides, { slide: 2, cursor: 3 }, 'previous')).toEqual({ slide: 2, cursor: 2 });
    expect(navigate(slides, { slide: 2, cursor: 2 }, 'previous')).toEqual({ slide: 1, cursor: 2 });
    expect(navigate(slides, { slide: 0, cursor: 6 }, 'previous')).toEqual({ slide: 0, cursor: 6 });
  });

  it('skips whole slides and jumps to the ends', () => {
    expect(navigate(slides, { slide: 1, cursor: 1 }, 'nextSlide')).toEqual({ slide: 2, cursor: 2 });
    expect(navigate(slides, { slide: 1, cursor: 1 }, 'previousSlide')).toEqual({ slide: 0, cursor: 6 });
    expect(navigate(slides, { slide: 1, cursor: 1 }, 'lastSlide')).toEqual({ slide: 2, cursor: 2 });
    expect(navigate(slides, { slide: 2, cursor: 3 }, 'firstSlide')).toEqual({ slide: 0, cursor: 6 });
  });

  it('brings a cursor moved outside the slide back inside it', () => {
    expect(navigate(slides, { slide: 2, cursor: 0 }, 'next')).toEqual({ slide: 2, cursor: 2 });
    expect(navigate(slides, { slide: 1, cursor: 6 }, 'previous')).toEqual({ slide: 1, cursor: 2 });
  });
});
