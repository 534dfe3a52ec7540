import { useId, useState, type FormEvent } from 'react';

interface TestControlsProps {
  /** the seed of the test on screen */
  readonly seed: number;
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
    const wanted = Number(seedText);
    if (seedText.trim() === '' || !Number.isInteger(wanted) || wanted < 0) {
      setProblem('Enter a seed: a whole number, 0 or more.');
      return;
    }
    setProblem('');
    onNewTest(wanted);
  };
  return (
    <div className="test-controls">
      <button type="button" onClick={() => onNewTest()}>New test</button>
      <form className="test-seed-form" onSubmit={take}>
        <label htmlFor={`${ids}-seed`}>Take the test with seed</label>
        <input
          id={`${ids}-seed`} type="number" min={0} step={1} inputMode="numeric" placeholder={String(seed)} value={seedText}
          onChange={(event) => setSeedText(event.target.value)}
          aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${ids}-problem` : undefined}
        />
        <button type="submit">Start</button>
        {problem ? <p id={`${ids}-problem`} className="test-problem">{problem}</p> : null}
      </form>
    </div>
  );
}
