/** Where the lesson's Concept Snapshot and Full Transcript live: in the Why and Transcript modes, linked from Visualize. */
export function LessonLinks() {
  return (
    <nav className="lesson-links" aria-label="More of the lesson">
      <span>From the lesson:</span>
      <a href="#/why">Concept Snapshot</a>
      <a href="#/transcript">Full Transcript</a>
    </nav>
  );
}
