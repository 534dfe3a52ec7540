import { useAppStore } from '../../store/store';

/** The validator's messages and hints under the editor, announced politely as they change. */
export function ConfigProblems() {
  const errors = useAppStore((state) => state.configErrors);
  return (
    <div className="config-problems" aria-live="polite">
      {errors.length === 0
        ? <p className="config-ok">Config is valid: every view shows its trace.</p>
        : (
          <>
            <p className="config-problems-title">{errors.length === 1 ? '1 problem' : `${errors.length} problems`} in the config:</p>
            <ul>
              {errors.map((error, i) => (
                <li key={`${error.path}-${i}`}>
                  {error.path ? <><code>{error.path}</code>: </> : null}
                  {error.message}
                  {error.hint ? <span className="hint"> — {error.hint}</span> : null}
                </li>
              ))}
            </ul>
          </>
        )}
    </div>
  );
}
