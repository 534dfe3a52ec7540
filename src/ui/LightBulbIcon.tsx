/**
 * The lesson's light bulb (its notes are marked 💡), drawn inline so it shows on any device and on slides: a system
 * without an emoji font draws the emoji as an empty box. Decorative; it scales with the text and takes its colour.
 */
export function LightBulbIcon() {
  return (
    <svg className="icon light-bulb-icon" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path d="M8 1.5a4.5 4.5 0 0 0-2.6 8.2c.5.4.8.9.8 1.5v.3h3.6v-.3c0-.6.3-1.1.8-1.5A4.5 4.5 0 0 0 8 1.5z" style={{ fill: 'var(--current, #fff4c2)' }} stroke="currentColor" strokeWidth="1.2" strokeLinejoin="round" />
      <path d="M6.2 13h3.6M6.7 14.7h2.6" stroke="currentColor" strokeWidth="1.2" strokeLinecap="round" fill="none" />
    </svg>
  );
}
