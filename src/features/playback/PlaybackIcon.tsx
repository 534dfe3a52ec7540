/** Small inline icons for the playback buttons (system fonts lack some media glyphs). Decorative: the buttons carry the names. */
export type PlaybackIconName = 'first' | 'previous' | 'play' | 'pause' | 'next' | 'last';

const PATHS: Readonly<Record<PlaybackIconName, string>> = {
  first: 'M3 3h2v10H3zM14 3v10L6 8z',
  previous: 'M12 3v10L4 8z',
  play: 'M4 3v10l9-5z',
  pause: 'M4 3h3v10H4zM9 3h3v10H9z',
  next: 'M4 3v10l8-5z',
  last: 'M11 3h2v10h-2zM2 3v10l8-5z',
};

export function PlaybackIcon({ name }: { readonly name: PlaybackIconName }) {
  return (
    <svg className="playback-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
