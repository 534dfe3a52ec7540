import type { ReactNode } from 'react';
import { REAL_SYSTEMS } from '../../content';
import { Panel } from '../../ui/Panel';
import { RangeField } from '../../ui/RangeField';
import { useViewParam } from '../../store/viewParams';
import { ColdStartExample } from './ColdStartExample';
import { CooldownExample } from './CooldownExample';
import { ScaleToZeroExample } from './ScaleToZeroExample';
import { GpuUnitsExample } from './GpuUnitsExample';
import { LlmEndpointExample } from './LlmEndpointExample';

function Topic({ id, title, children, seen }: { readonly id: string; readonly title: string; readonly children: ReactNode; readonly seen: string }) {
  return (
    <Panel id={id} title={title}>
      {children}
      <p className="muted">Where it is seen: {seen} · <a href="#/lab">Try it in the Lab</a>, which runs these policies in seconds.</p>
    </Panel>
  );
}

/** Deep dive: the mental model, then each way a real endpoint differs from the lesson's loop, with a live what-if. */
export function DeepDiveMode() {
  const [capacity, setCapacity] = useViewParam('cap', 100, 10, 500);
  return (
    <div className="course-page">
      <Panel id="deep-model" title="The mental model: a control loop">
        <p>
          Every autoscaler is the lesson&apos;s loop: <strong>observe</strong> a signal (requests, utilization, queue length),
          <strong> decide</strong> a count by a rule, <strong>act</strong>, and repeat. The lesson decides instantly and its
          new instance serves at once. Real endpoints do neither: a model takes time to load, requests queue while it does,
          and a rule acting on every wiggle wears everything out. The examples below re-run the lesson&apos;s own rule (the
          step engine) with one of these added, on the scenario from <a href="#/visualize">Visualize</a>.
        </p>
        <div className="example-controls">
          <RangeField label="One instance serves" value={capacity} min={10} max={500} step={10} valueText={`${capacity} requests/step`} onChange={setCapacity}
            help="The lesson's loop has no capacity; the examples need one to say when requests wait." />
        </div>
      </Panel>
      <Topic id="deep-cold-start" title="Cold starts, model load time, queueing and latency SLOs"
        seen="Knative's activator buffers requests while a pod starts; Ray Serve queues at the proxy; SageMaker provisioning takes minutes (kubernetes #69687, knative #1297, ray #52867)">
        <p>A new instance needs a node, an image and the model in memory before it serves: minutes for a large GPU model. Until then the load it was added for waits in a queue, and waiting is latency.</p>
        <ColdStartExample capacity={capacity} />
      </Topic>
      <Topic id="deep-cooldown" title="Cooldowns and stabilization windows"
        seen="Kubernetes HPA keeps a 300 s scale-down stabilization window; SageMaker has ScaleIn/ScaleOut cooldowns (300 s usual); Ray Serve waits 30 s up, 600 s down (flapping: Ray #18925; windows misunderstood: kubernetes #101371)">
        <p>A rule that reacts to every step flaps: up, down, up, paying for starts and drains each time. Real controllers hold still for a while after acting, or act on the most cautious recommendation of a recent window.</p>
        <CooldownExample capacity={capacity} />
      </Topic>
      <Topic id="deep-zero" title="Scale to zero"
        seen="Knative (on by default, after a 30 s grace period), KEDA activation, Ray Serve min_replicas 0; SageMaker only with inference components, and invocations fail while at zero">
        <p>The lesson keeps at least one instance (instances &gt; 1 to scale down). Serverless platforms go to zero when idle: nothing is paid for, and the first request afterwards waits for a cold start.</p>
        <ScaleToZeroExample capacity={capacity} />
      </Topic>
      <Topic id="deep-gpu" title="GPUs come in whole units"
        seen="Vertex AI scales on CPU or GPU duty cycle (60 % target); GPU utilization is a poor signal for LLM serving (dcgm-exporter #301)">
        <GpuUnitsExample />
      </Topic>
      <Topic id="deep-llm" title="LLM endpoints: batches of tokens, minutes to start, signals of their own"
        seen="vLLM's gauges (num_requests_waiting, num_requests_running, kv_cache_usage_perc); GKE's advice to scale LLM servers on queue or batch size, not GPU utilisation; KEDA's 0 to 1 deadlock (kedacore/keda #6040); AIBrix, llm-d and NVIDIA Dynamo's planners">
        <p>
          An LLM server batches: every iteration makes one token for each running sequence, and an iteration takes only a
          little longer with more of them, so a replica serves many requests at once. It is judged by the time to the
          first token (waiting plus reading the prompt) and the time between tokens. GPU utilisation, a duty cycle, reads
          near 100 % as soon as anything runs, long before the batch is full; what tells you a replica is full is requests
          waiting or the KV cache filling. A new replica needs a GPU node, a 20 GB image and the weights: minutes.
        </p>
        <LlmEndpointExample />
        <p className="muted">The Lab&apos;s <a href="#/lab">LLM pitfalls</a> each open a full setup of this replica that goes wrong, with a one-click fix.</p>
      </Topic>
      <Panel id="deep-systems" title="The real systems">
        <ul className="source-list">
          {REAL_SYSTEMS.map((system) => (
            <li key={system.name}><strong>{system.name}</strong>: {system.adds} <span className="muted">Source: {system.source}.</span></li>
          ))}
        </ul>
      </Panel>
    </div>
  );
}
