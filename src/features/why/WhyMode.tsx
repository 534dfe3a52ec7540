import { CONCEPT_SNAPSHOT, LESSON_FLOW_SUMMARY } from '../../content';
import { Panel } from '../../ui/Panel';
import { CostLatencyExample } from './CostLatencyExample';

/** Why: the problem auto-scaling solves, in the lesson's words, then cost against latency live on the learner's loads. */
export function WhyMode() {
  return (
    <div className="course-page">
      <Panel id="why-problem" title="Why auto-scale an inference endpoint?">
        <p>
          An inference endpoint is a model behind a URL. Each instance of it (a server, often with a GPU, the model
          loaded in memory) answers only so many requests per second. Traffic does not hold still: it rises in the day,
          falls at night, jumps when a feature launches. So the number of instances is always a bet.
        </p>
        <figure className="lesson-quote-box">
          <blockquote>
            <p><strong>{CONCEPT_SNAPSHOT.title}</strong></p>
            <ul>{CONCEPT_SNAPSHOT.points.map((point) => <li key={point}>{point}</li>)}</ul>
          </blockquote>
          <figcaption>The lesson&apos;s Concept Snapshot, in its own words.</figcaption>
        </figure>
        <p>
          In the lesson&apos;s words, <q>{LESSON_FLOW_SUMMARY}</q> The alternative is a person sizing the fleet by hand,
          for the busiest hour they expect, and paying for it all day.
        </p>
      </Panel>
      <Panel id="why-tradeoff" title="Manual vs automatic: cost against latency">
        <p>
          Too few instances and requests queue up: latency grows, requests time out. Too many and you pay for servers
          that sit idle. Below, the same loads meet a fleet sized by hand and the autoscaler from your config. Move the
          sliders and watch both sides of the bill.
        </p>
        <CostLatencyExample />
      </Panel>
      <Panel id="why-next" title="Where to go next">
        <ul className="source-list">
          <li><a href="#/visualize">Visualize</a>: step through the autoscaler&apos;s decisions, and edit the loads used here.</li>
          <li><a href="#/deep-dive">Deep dive</a>: what real endpoints add to this loop (cold starts, queues, cooldowns, scale to zero, GPUs).</li>
          <li><a href="#/quiz">Visual quiz</a> and <a href="#/review">Review</a>: check and keep what you learned.</li>
        </ul>
      </Panel>
    </div>
  );
}
