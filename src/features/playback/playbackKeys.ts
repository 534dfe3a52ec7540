/** The playback keyboard shortcuts, as data: which key does what, and when a key press is someone else's. */

import { ACTIVATABLE, type KeyPress } from '../../ui/keyPress';
export type PlaybackCommand = 'stepBack' | 'stepForward' | 'togglePlay' | 'goToStart' | 'goToEnd' | 'slower' | 'faster';

/** What the shortcuts help lists, in order. */
export const SHORTCUTS: readonly { readonly keys: readonly string[]; readonly does: string }[] = [
  { keys: ['←', '→'], does: 'Previous / next step' },
  { keys: ['Space'], does: 'Play / pause' },
  { keys: ['Home', 'End'], does: 'First / last step' },
  { keys: ['-', '+'], does: 'Slower / faster' },
];

const COMMANDS: Readonly<Record<string, PlaybackCommand>> = {
  ArrowLeft: 'stepBack',
  ArrowRight: 'stepForward',
  ' ': 'togglePlay',
  Home: 'goToStart',
  End: 'goToEnd',
  '-': 'slower',
  _: 'slower',
  '+': 'faster',
  '=': 'faster',
};

/** Elements that keep their keys: text fields, sliders, radios, lists, editors (Monaco included), and an open dialog
 * (Help scrolls with them; the workspace behind it stays put). A checkbox or an input button uses only Space, so the
 * arrows, Home/End and -/+ still drive playback from it (a breakpoint just ticked, say). */
const TYPING_TARGETS = 'dialog, input:not([type="checkbox"], [type="button"], [type="submit"], [type="reset"]), textarea, select, [contenteditable]:not([contenteditable="false"]), .monaco-editor, [role="textbox"], [role="slider"], [role="listbox"], [role="menu"]';
/** The playback buttons: Space on them plays and pauses (as Help says) rather than pressing the focused one. */
const SPACE_PLAYS = '[data-space-plays]';

export type { KeyPress } from '../../ui/keyPress';

/** The playback command for a key press, or undefined when the key is not a shortcut here or belongs to the focused element. */
export function playbackCommandFor(press: KeyPress): PlaybackCommand | undefined {
  if (press.defaultPrevented || press.ctrlKey || press.metaKey || press.altKey) return undefined;
  const command = COMMANDS[press.key];
  if (!command) return undefined;
  const target = press.target instanceof Element ? press.target : null;
  if (target?.closest(TYPING_TARGETS)) return undefined;
  if (command === 'togglePlay' && target?.closest(ACTIVATABLE) && !target.closest(SPACE_PLAYS)) return undefined;
  return command;
}
