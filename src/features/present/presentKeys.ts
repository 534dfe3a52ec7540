/** Present's keyboard, as data: presenter-remote keys, arrows, blank, fullscreen, explore. Pure: no store, no React. */

import { ACTIVATABLE, type KeyPress } from '../../ui/keyPress';
export type PresentCommand =
  | 'next' | 'previous' | 'nextSlide' | 'previousSlide' | 'firstSlide' | 'lastSlide'
  | 'blank' | 'fullscreen' | 'explore' | 'reveal' | 'speaker';

/** What Help and the stage's key list show, in order. */
export const PRESENT_SHORTCUTS: readonly { readonly keys: readonly string[]; readonly does: string }[] = [
  { keys: ['PageDown', '→', 'Space'], does: 'Next step, then next slide (a presenter remote works)' },
  { keys: ['PageUp', '←'], does: 'Previous step, then previous slide' },
  { keys: ['↓', '↑'], does: 'Next / previous slide' },
  { keys: ['Home', 'End'], does: 'First / last slide' },
  { keys: ['R'], does: 'Reveal the answer' },
  { keys: ['B', '.'], does: 'Blank the screen' },
  { keys: ['F'], does: 'Fullscreen' },
  { keys: ['Esc'], does: 'Explore this scenario freely / back to the slide' },
  { keys: ['S'], does: 'Open the speaker view' },
];

const COMMANDS: Readonly<Record<string, PresentCommand>> = {
  PageDown: 'next', ArrowRight: 'next', ' ': 'next', n: 'next', N: 'next',
  PageUp: 'previous', ArrowLeft: 'previous', p: 'previous', P: 'previous', Backspace: 'previous',
  ArrowDown: 'nextSlide', ArrowUp: 'previousSlide',
  Home: 'firstSlide', End: 'lastSlide',
  b: 'blank', B: 'blank', '.': 'blank',
  f: 'fullscreen', F: 'fullscreen',
  Escape: 'explore',
  r: 'reveal', R: 'reveal',
  s: 'speaker', S: 'speaker',
};

/** Elements that keep their own keys: fields, editors, sliders, lists and dialogs. */
const TYPING_TARGETS = 'dialog, input:not([type="checkbox"], [type="radio"], [type="button"], [type="submit"], [type="reset"], [type="file"]), textarea, select, [contenteditable]:not([contenteditable="false"]), .monaco-editor, [role="textbox"], [role="slider"], [role="listbox"], [role="menu"]';
/** Elements that keep Esc for themselves (closing a dialog, a menu, the editor's widgets). */
const ESCAPE_KEEPERS = 'dialog, .monaco-editor, [role="listbox"], [role="menu"]';

export type { KeyPress } from '../../ui/keyPress';

/**
 * The command for a key press, or undefined when it is not Present's key or belongs to the focused element.
 * While exploring, only Esc is Present's: the workspace's own keys drive the playback.
 */
export function presentCommandFor(press: KeyPress, exploring: boolean): PresentCommand | undefined {
  if (press.defaultPrevented || press.ctrlKey || press.metaKey || press.altKey) return undefined;
  const command = COMMANDS[press.key];
  if (!command || (exploring && command !== 'explore')) return undefined;
  const target = press.target instanceof Element ? press.target : null;
  // Esc leaves exploration from a load field too, but not from the editor or a dialog
  if (command === 'explore') return target?.closest(ESCAPE_KEEPERS) ? undefined : command;
  if (target?.closest(TYPING_TARGETS)) return undefined;
  if (press.key === ' ' && target?.closest(ACTIVATABLE)) return undefined;
  return command;
}
