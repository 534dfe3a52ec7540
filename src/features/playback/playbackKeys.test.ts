// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { playbackCommandFor, type KeyPress } from './playbackKeys';

function press(key: string, target: EventTarget | null = document.body, extra: Partial<KeyPress> = {}): KeyPress {
  return { key, target, ctrlKey: false, metaKey: false, altKey: false, defaultPrevented: false, ...extra };
}

function element(html: string, selector: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host.querySelector(selector)!;
}

describe('playbackCommandFor', () => {
  it('maps the shortcut keys to playback commands', () => {
    expect(['ArrowLeft', 'ArrowRight', ' ', 'Home', 'End', '-', '+', '='].map((key) => playbackCommandFor(press(key))))
      .toEqual(['stepBack', 'stepForward', 'togglePlay', 'goToStart', 'goToEnd', 'slower', 'faster', 'faster']);
    expect(playbackCommandFor(press('a'))).toBeUndefined();
  });

  it.each([
    ['<input type="text">', 'input'],
    ['<input type="range">', 'input'],
    ['<textarea></textarea>', 'textarea'],
    ['<select><option>1</option></select>', 'select'],
    ['<div contenteditable="true"><span>x</span></div>', 'span'],
    ['<div class="monaco-editor"><div class="view-line">x</div></div>', '.view-line'],
  ])('leaves keys to %s', (html, selector) => {
    const target = element(html, selector);
    for (const key of ['ArrowLeft', ' ', 'Home', '-']) expect(playbackCommandFor(press(key, target))).toBeUndefined();
  });

  it('lets a focused button keep Space but still steps with the arrows', () => {
    const button = element('<button>Next step</button>', 'button');
    expect(playbackCommandFor(press(' ', button))).toBeUndefined();
    expect(playbackCommandFor(press('ArrowLeft', button))).toBe('stepBack');
  });

  it('plays and pauses with Space on a focused playback button, as Help says, instead of pressing it', () => {
    const next = element('<div data-space-plays><button aria-label="Next step">›</button></div>', 'button');
    expect(playbackCommandFor(press(' ', next))).toBe('togglePlay');
    expect(playbackCommandFor(press('ArrowRight', next))).toBe('stepForward');
  });

  it('steps from a focused checkbox (a breakpoint, "Show all rows") but leaves Space to tick it', () => {
    const checkbox = element('<label><input type="checkbox"> Pause on scale up</label>', 'input');
    expect(['ArrowRight', 'ArrowLeft', 'Home', 'End', '+'].map((key) => playbackCommandFor(press(key, checkbox))))
      .toEqual(['stepForward', 'stepBack', 'goToStart', 'goToEnd', 'faster']);
    expect(playbackCommandFor(press(' ', checkbox))).toBeUndefined();
  });

  it('leaves every key to an open dialog (Help scrolls; the workspace behind it does not move)', () => {
    const close = element('<dialog open><h2>Help</h2><button>Close</button></dialog>', 'button');
    for (const key of ['ArrowRight', 'End', 'Home', ' ', '+']) expect(playbackCommandFor(press(key, close))).toBeUndefined();
  });

  it('leaves the arrows to a focused radio button (they choose the policy)', () => {
    const radio = element('<input type="radio" name="p">', 'input');
    expect(playbackCommandFor(press('ArrowRight', radio))).toBeUndefined();
  });

  it('ignores key presses with modifiers or already handled', () => {
    expect(playbackCommandFor(press('ArrowLeft', document.body, { altKey: true }))).toBeUndefined();
    expect(playbackCommandFor(press('ArrowRight', document.body, { metaKey: true }))).toBeUndefined();
    expect(playbackCommandFor(press('Home', document.body, { ctrlKey: true }))).toBeUndefined();
    expect(playbackCommandFor(press('End', document.body, { defaultPrevented: true }))).toBeUndefined();
  });
});
