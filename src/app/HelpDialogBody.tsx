import { useEffect, useRef } from 'react';
import { MODE_ENTRIES } from './modes';
import { SHORTCUTS } from '../features/playback/playbackKeys';
import { ThemePicker } from './ThemePicker';
import './help.css';

/**
 * The help dialog's content, loaded the first time Help is pressed (it is text the first screen does not need). Opens
 * as a modal when it mounts; `onClose` runs when it closes (Close, Escape, a mode link).
 */
export default function HelpDialogBody({ onClose }: { readonly onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="help-dialog" aria-labelledby="help-title" onClose={onClose}>
        <div className="help-head">
          <h2 id="help-title">How to use Autoscale Lab</h2>
          <button type="button" onClick={() => dialog.current?.close()}>Close</button>
        </div>
        <p>
          One scaling engine runs the config on the load you choose. The flow diagram, execution table, variable tracker,
          code view, chart and every quiz answer are views of its trace at the current step.
        </p>
        <h3>Modes</h3>
        <dl>
          {MODE_ENTRIES.map(({ mode, label, description }) => (
            <div key={mode}><dt><a href={`#/${mode}`} onClick={() => dialog.current?.close()}>{label}</a></dt><dd>{description}</dd></div>
          ))}
        </dl>
        <h3>Keyboard</h3>
        <ul className="help-keys">
          {SHORTCUTS.map(({ keys, does }) => (
            <li key={does}>{keys.map((key, i) => <kbd key={i}>{key}</kbd>)} {does}</li>
          ))}
          <li>In Present: <kbd>PageDown</kbd><kbd>PageUp</kbd> or the arrows step and change slides, <kbd>Home</kbd><kbd>End</kbd> first / last slide, <kbd>R</kbd> reveal, <kbd>B</kbd> or <kbd>.</kbd> blank, <kbd>F</kbd> fullscreen, <kbd>Esc</kbd> explore / back, <kbd>S</kbd> speaker view</li>
        </ul>
        <h3>Theme</h3>
        <p>
          System follows your device&apos;s light or dark setting (and its high-contrast setting); Light, Dark and High
          contrast stay as chosen on this device. Present keeps its own bright projector theme.
        </p>
        <ThemePicker />
        <h3>Config</h3>
        <p>
          Keys left out take the lesson&apos;s values, so <code>{'{"upper_threshold": 150}'}</code> is a whole config. While the
          text is invalid, every view keeps the last valid trace, marked stale, and the problems are listed under the editor.
        </p>
        <h3>Your scenario</h3>
        <p>
          The loads you set stay yours as you move between modes: the strip of ten loads beside the execution table edits the
          steps around the current one (changing a step not reached yet moves the cursor to it), and the Load panel holds the
          sliders, presets and the whole list. When a link or a quiz opens a scenario of its own, a notice says so and its
          <strong> Back to your own scenario</strong> returns yours; a reset or an import can be undone from its notice.
          Back and Forward in the browser move between the modes you visited.
        </p>
        <h3>Lab</h3>
        <p>
          The Lab runs real controllers second by second on the traffic you choose (a scenario, drawn, typed or a CSV), with cold starts, a queue and a
          latency SLO; add up to five policies to compare them on the same arrivals. Paste a real manifest (HPA, Knative,
          Ray Serve, SageMaker) to import it, and export yours. The run happens in the background; the link holds it all.
          Your setup is kept on this device, and whatever replaces it (the lesson&apos;s loop, a link, an import) can be undone
          from its notice. The run lasts as long as its traffic (a CSV&apos;s end, a day for diurnal) unless you set its length;
          a CSV may be up to 16 MB, and one longer than seven days can be cut there. A target one replica cannot hold is
          flagged above the results with a one-click fix. While the compare table is out of sight, a bar at the bottom keeps
          each policy&apos;s results (Show / Hide; folded at first on a phone). The charts draw as they come into view.
        </p>
        <p>
          <strong>LLM endpoints:</strong> under Replica model choose the LLM server: each replica batches tokens on a GPU profile
          (shipped or your own five numbers), is judged by time to first token and inter-token latency, and starts in stages
          (node, image, weights, warm-up) that the mitigation switches shorten. Traffic can replay the Azure LLM inference
          trace 2023 (CC BY 4.0). LLM pitfalls open a setup that goes wrong, say why in the run&apos;s numbers, and fix it in one click.
          LLM questions, under the pitfalls, ask what a run did (how many sequences run at once, the headroom behind a busy
          GPU, which objective breaks first, what wakes an endpoint at zero, the longest cold-start stage, whether a
          scale-down cut streams): each answer is computed by a run of the engine, and the explanation cites its numbers.
          The set and the question are in the link; every checked answer counts in Your progress (Lab: LLM questions), and
          a missed one comes back in Review, made again by the engine, with a link to the same question.
        </p>
        <h3>Live</h3>
        <p>
          Live runs a real digit classifier (LeNet-5, trained on the MNIST digits of LeCun, Cortes and Burges) in Web Workers on
          your device: press <strong>Start</strong> and a dispatcher sends requests at the chosen rate, replicas answer them in
          batches, and the Lab&apos;s own policy adds and removes replicas from what is measured each second. The time scale
          divides the policy&apos;s periods and windows for a class demo. The dashed lines are the Lab&apos;s simulation of the
          same arrivals with the measured capacity and the cold start in its measured stages; the panel below them names the
          largest differences. Replicas beyond your device&apos;s cores add latency, not throughput. Hiding the tab pauses the
          run. Draw a digit to send it as a request, or, from the keyboard, choose a digit under <strong>Send a sample
          digit</strong>: a held-out image with that label goes to a replica and its answer is shown beside the label.
          Download the run as CSV or JSON to compare machines.
        </p>
        <h3>Sharing and progress</h3>
        <p>
          The address bar always holds the scenario and the step: <strong>Copy link</strong> gives a link that opens exactly
          what you see; in Test this pattern the link also holds the test&apos;s seed, so a class can take the same test, in
          Present the deck and the slide, and in the Lab the LLM question on screen.
          Quiz progress stays in this browser only; reset it from any quiz mode. After the first visit the whole app,
          editor included, opens without network.
        </p>
      </dialog>
  );
}
