/** What a keyboard shortcut map reads of a key press (a KeyboardEvent fits), and the targets that keep their keys. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly defaultPrevented: boolean;
  readonly target: EventTarget | null;
}

/** Elements whose own Space or Enter press means "activate me". */
export const ACTIVATABLE = 'button, input, a[href], summary, [role="button"], [role="link"], [role="checkbox"], [role="tab"]';
