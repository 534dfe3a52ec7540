/**
 * The real autoscalers the Deep dive names, each with what it adds to the lesson's loop and where that is written
 * (../shared/AUTOSCALERS.md collected these from the systems' source code and documentation).
 */
export interface RealSystem {
  readonly name: string;
  readonly adds: string;
  readonly source: string;
}

export const REAL_SYSTEMS: readonly RealSystem[] = [
  { name: 'Kubernetes HorizontalPodAutoscaler', adds: 'Every 15 s: desired = ceil(current / target × ready pods), a 10 % tolerance, a 300 s scale-down stabilization window, rate policies.', source: 'kubernetes/kubernetes pkg/controller/podautoscaler/horizontal.go, replica_calculator.go' },
  { name: 'Knative Pod Autoscaler (KServe serverless)', adds: 'Every 2 s on concurrency: a 60 s stable window and a 6 s panic window, scale to zero after a grace period, an activator that buffers requests while a pod starts.', source: 'knative/serving pkg/autoscaler/scaling/autoscaler.go, pkg/autoscaler/config/config.go' },
  { name: 'KEDA ScaledObject', adds: 'Activation 0 ↔ 1 on an event metric every 30 s, back to 0 after a 300 s cooldown; 1 ↔ N by an HPA it creates.', source: 'kedacore/keda pkg/scaling/executor; keda.sh ScaledObject spec' },
  { name: 'AWS SageMaker endpoints', adds: 'Target tracking on invocations per instance per minute, scale-out and scale-in cooldowns (300 s usual); at zero capacity invocations fail and provisioning takes minutes.', source: 'SageMaker developer guide, "endpoint auto scaling"; Application Auto Scaling target tracking' },
  { name: 'Ray Serve', adds: 'desired = ongoing and queued requests / target (2), acted on only after 30 s (up) or 600 s (down) of agreement; min_replicas 0 queues at the proxy.', source: 'ray-project/ray python/ray/serve/autoscaling_policy.py, config.py' },
  { name: 'Vertex AI, Azure ML', adds: 'Vertex: 60 % CPU or GPU duty-cycle target, up if either is over, down only if both are under. Azure: rules with cooldowns that skip a scale-in that would flap.', source: 'Vertex AI and Azure ML managed endpoint documentation' },
];
