import { useState } from 'react';
import { useWaitingUpdate } from './updateState';
import './updatePrompt.css';

/** "A new version is available": the new code runs only when the learner reloads, never under a running lesson. */
export function UpdatePrompt() {
  const apply = useWaitingUpdate();
  const [later, setLater] = useState(false);
  if (!apply || later) return null;
  return (
    <div className="update-prompt" role="status">
      <p>A new version of Autoscale Lab is available. Reload to use it; your progress stays.</p>
      <button type="button" onClick={apply}>Reload</button>
      <button type="button" onClick={() => setLater(true)}>Later</button>
    </div>
  );
}
