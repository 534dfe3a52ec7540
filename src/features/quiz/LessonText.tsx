/** Lesson text as the learner should see it: the lesson's "[OK]" check marks drawn as a check mark, not printed. */
import { Fragment } from 'react';

const OK_MARK = /\s*\[OK\]/g;

/** The text with each "[OK]" shown as ✓ (read out as "checks out"). */
export function LessonText({ text }: { readonly text: string }) {
  const parts = text.split(OK_MARK);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 ? <> <span className="ok-mark" role="img" aria-label="checks out">✓</span></> : null}
        </Fragment>
      ))}
    </>
  );
}
