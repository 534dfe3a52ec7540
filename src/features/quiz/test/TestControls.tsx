import { useId, useState, type FormEvent } from 'react';
import { parseSeed } from '../../../engine';

interface TestControlsProps {
  /** the seed of the test on screen; undefined while none is (a linked seed was refused) */
  readonly seed: number | undefined;
  /** a new test: from the given seed, or fresh questions when none is given */
  readonly onNewTest: (seed?: number) => void;
}

/** "New test" draws fresh questions; a seed typed in retakes (or shares) one exact test. */
export function TestControls({ seed, onNewTest }: TestControlsProps) {
  const ids = useId();
  const [seedText, setSeedText] = useState('');
  const [problem, setProblem] = useState('');
  const take = (event: FormEvent) => {
    event.preventDefault();
    const wanted = parseSeed(seedText);
    if (!wanted.ok) { setProblem(wanted.message); return; }
    setProblem('');
    onNewTest(wanted.value);
  };
  return (
    <div className="test-controls">
      <button type="button" onClick={() => onNewTest()}>New test</button>
      <form className="test-seed-form" onSubmit={take}>
        <label htmlFor={`${ids}-seed`}>Take the test with seed</label>
        <input
          id={`${ids}-seed`} type="text" inputMode="numeric" autoComplete="off" placeholder={seed === undefined ? '' : String(seed)} value={seedText}
          onChange={(event) => setSeedText(event.target.value)}
          aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${ids}-problem` : undefined}
        />
        <button type="submit">Start</button>
        {problem ? <p id={`${ids}-problem`} className="test-problem">{problem}</p> : null}
      </form>
    </div>
  );
}
