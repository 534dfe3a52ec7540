/**
 * Questions on one replica's batch, each answered by the engine's runs of one LLM replica (A100 profile) on requests of
 * fixed length arriving evenly: how many sequences run at once (max_num_seqs against the KV cache), how much more a
 * replica whose GPU utilisation reads near 100 % could take, and which objective breaks first as the rate rises.
 */
import { formatCount, formatNumber, formatPercent } from '../../engine/format';
import { A100_8B, DEFAULT_LLM_SETTINGS, type GpuProfile, type TimeTrace } from '../../engine/time';
import { highestOkRate, meanOf, steadyRun, type Tokens } from './runs';
import { A100_WORDS, choiceQuestion, draw, ms, numericQuestion, perSecond, tokens, type LlmTemplate } from './template';

const SOURCE = 'Lab engine: one LLM replica, requests of fixed length arriving evenly';

/** Requests a second one replica could serve if ITL could grow without bound: 1 / (prompt x prefill + output x per-sequence). */
export const saturationRate = (profile: GpuProfile, { prompt, output }: Tokens): number =>
  1000 / (prompt * profile.prefill_ms_per_token + output * profile.itl_per_seq_ms);

// --- how many run at once
export const BATCH_SECONDS = 60;
/** the steady state the batch question reads: the most sequences running at any second in it */
export const BATCH_FROM = 30;

const batchSize: LlmTemplate = {
  name: 'llm_batch_size',
  title: 'Sequences running at once',
  build(seed) {
    const { pick } = draw(seed);
    const cap = pick([32, 64, 128, 256]);
    const kv = pick([50_000, 100_000, 200_000, 400_000]);
    const t: Tokens = { prompt: pick([500, 1000, 2000]), output: pick([100, 200, 400]) };
    const profile = { ...A100_8B, name: 'quiz', max_num_seqs: cap, kv_cache_tokens: kv };
    const rate = Math.ceil(2 * saturationRate(profile, t));
    const trace = steadyRun(profile, t, rate, BATCH_SECONDS);
    let answer = 0;
    for (let s = BATCH_FROM; s < BATCH_SECONDS; s++) answer = Math.max(answer, trace.running[s]!);
    const each = t.prompt + t.output;
    const kvFits = Math.floor(kv / each);
    const kvBinds = kvFits < cap;
    const params = { cap, kv, prompt: t.prompt, output: t.output };
    return numericQuestion({
      template: 'llm_batch_size', params, difficulty: kvBinds ? 'medium' : 'easy', source: SOURCE,
      prompt: `One LLM replica (an 8B model on an A100) runs with max_num_seqs ${formatCount(cap)} and a KV cache of ${tokens(kv)} tokens. Every request brings a ${tokens(t.prompt)}-token prompt and asks for a ${tokens(t.output)}-token answer, and they arrive faster than it serves them (${perSecond(rate)}). The server admits a request only when the KV cache can hold its prompt and its whole answer beside the running ones. At steady state, how many sequences run at once?`,
      explanation: `In the engine's run the replica had ${formatCount(answer)} sequences running at most (any second from ${BATCH_FROM} s to ${BATCH_SECONDS} s), with ${formatCount(trace.waiting[BATCH_SECONDS - 1]!)} requests waiting at the end and the KV cache ${formatPercent(meanOf(trace.kvUsage, BATCH_FROM))} full: the smaller of max_num_seqs (${formatCount(cap)}) and what the KV cache holds (${tokens(kv)} / (${tokens(t.prompt)} + ${tokens(t.output)}) = ${formatCount(kvFits)}) is ${formatCount(Math.min(cap, kvFits))}.`,
      hints: ['Two limits hold the batch: max_num_seqs, and the KV cache.', 'Each running sequence holds its prompt and its whole answer in the KV cache.'],
    }, {
      answer, tolerance: Math.max(1, Math.round(0.02 * answer)), unit: 'sequences',
      mistakes: [
        { value: cap, feedback: `max_num_seqs is one limit; the KV cache is the other, and it holds only ${formatCount(kvFits)} sequences of ${tokens(each)} tokens.` },
        { value: kvFits, feedback: `the KV cache would hold ${formatCount(kvFits)}, but max_num_seqs caps the batch at ${formatCount(cap)}.` },
        { value: Math.min(cap, Math.floor(kv / t.prompt)), feedback: 'that counts the prompts only: each sequence also holds room for its whole answer.' },
      ],
    });
  },
};

// --- how much more a replica could take
export const HEADROOM_SECONDS = 90;
export const HEADROOM_STEP = 0.5;

function itlOk(trace: TimeTrace, slo: number): boolean {
  const itl = trace.summary.itl_p95_ms;
  return itl !== null && itl !== undefined && itl <= slo;
}

/** One replica's runs by rate, each made once. */
function runsByRate(profile: GpuProfile, t: Tokens, seconds: number, llm = {}): (rate: number) => TimeTrace {
  const made = new Map<number, TimeTrace>();
  return (rate) => {
    let trace = made.get(rate);
    if (!trace) { trace = steadyRun(profile, t, rate, seconds, llm); made.set(rate, trace); }
    return trace;
  };
}

const headroom: LlmTemplate = {
  name: 'llm_headroom',
  title: 'Headroom behind a busy GPU',
  build(seed) {
    const { pick } = draw(seed);
    const t: Tokens = { prompt: pick([500, 1000, 1500, 2000]), output: pick([100, 200]) };
    const slo = pick([30, 40, 50]);
    const top = saturationRate(A100_8B, t);
    const rate = Math.max(1, Math.round(top * pick([0.2, 0.3, 0.4])));
    const run = runsByRate(A100_8B, t, HEADROOM_SECONDS, { slo_itl_ms: slo });
    const now = run(rate);
    const found = highestOkRate((r) => itlOk(run(r), slo), rate, Math.ceil(top) + 1, HEADROOM_STEP);
    const answer = found.rate - rate;
    const gpu = meanOf(now.gpuUtil, 20);
    const running = meanOf(now.running, 20);
    const params = { prompt: t.prompt, output: t.output, slo, rate };
    return numericQuestion({
      template: 'llm_headroom', params, difficulty: 'hard', source: SOURCE,
      prompt: `One LLM replica, ${A100_WORDS}, serves ${perSecond(rate)}: each request a ${tokens(t.prompt)}-token prompt and a ${tokens(t.output)}-token answer. GPU utilisation (DCGM_FI_DEV_GPU_UTIL) reads ${formatPercent(gpu)}. How many more requests a second could it take before ITL p95 passes ${slo} ms?`,
      explanation: `In the engine's runs: at ${perSecond(rate)} about ${formatNumber(Math.round(running * 10) / 10)} sequences ran, ITL p95 ${ms(now.summary.itl_p95_ms)}, with the GPU ${formatPercent(gpu)} busy; ITL p95 stayed under ${slo} ms up to ${perSecond(found.rate)} (${ms(run(found.rate).summary.itl_p95_ms)}) and passed it at ${perSecond(found.over)} (${ms(run(found.over).summary.itl_p95_ms)}): about ${formatNumber(answer)} more a second. GPU utilisation is a duty cycle: it reads full with a few sequences in the batch. Each request costs ${tokens(t.prompt)} x ${formatNumber(A100_8B.prefill_ms_per_token)} ms of prefill and lengthens ${tokens(t.output)} iterations by ${formatNumber(A100_8B.itl_per_seq_ms)} ms, so ITL = ${formatNumber(A100_8B.itl_base_ms)} ms / (1 - rate x ${formatNumber(Math.round(1000 / top * 10) / 10)} ms).`,
      hints: [
        'GPU utilisation is the share of time a kernel runs, not how full the batch is.',
        'Per second, each request adds prompt x prefill time and makes each of its answer\'s iterations longer by the per-sequence time: ITL = base / (1 - rate x that cost). Solve for the rate where ITL reaches the objective.',
      ],
    }, {
      answer, tolerance: Math.max(1, Math.round(0.1 * found.rate * 2) / 2), unit: 'requests/s',
      mistakes: [{ value: 0, feedback: `GPU utilisation reads ${formatPercent(gpu)} with only about ${formatNumber(Math.round(running))} sequences running: it is a duty cycle, not the room left in the batch.` }],
    });
  },
};

// --- which objective breaks first
export const OBJECTIVE_SECONDS = 90;
export const OBJECTIVE_STEP = 0.25;
/** Where the batch reaches max_num_seqs, and where ITL reaches its objective, by the closed form (requests/s). */
export function objectiveRates(profile: GpuProfile, t: Tokens, sloItl: number): { readonly full: number; readonly itl: number } {
  const top = saturationRate(profile, t);
  const base = profile.itl_base_ms / 1000;
  // running = rate x output x ITL, ITL = base / (1 - rate / top): running reaches the cap at cap / (output x base + cap / top)
  return { full: profile.max_num_seqs / (t.output * base + profile.max_num_seqs / top), itl: (1 - profile.itl_base_ms / sloItl) * top };
}

type Broken = 'ttft' | 'itl' | 'both';

/**
 * The setups (A100, batch caps the KV cache never undercuts) whose two limits are far apart by the closed form: the
 * batch full at 25 % below the rate where ITL reaches 50 ms (`capFirst`), or 12 % above it (ITL's p95 runs ahead of
 * the mean the closed form gives, so that side needs less room).
 */
export function objectiveSetups(capFirst: boolean): readonly (readonly [GpuProfile, Tokens])[] {
  const out: (readonly [GpuProfile, Tokens])[] = [];
  for (const cap of [16, 32, 64, 128, 256]) {
    for (const prompt of [500, 1000, 2000]) {
      for (const output of [100, 200, 400]) {
        if (cap * (prompt + output) > A100_8B.kv_cache_tokens) continue;
        const profile = { ...A100_8B, name: 'quiz', max_num_seqs: cap };
        const { full, itl } = objectiveRates(profile, { prompt, output }, DEFAULT_LLM_SETTINGS.slo_itl_ms);
        if (capFirst ? full <= 0.75 * itl : full >= 1.12 * itl) out.push([profile, { prompt, output }]);
      }
    }
  }
  return out;
}

const firstObjective: LlmTemplate = {
  name: 'llm_first_objective',
  title: 'Which objective breaks first',
  build(seed) {
    const { pick } = draw(seed);
    const { slo_ttft_ms: sloTtft, slo_itl_ms: sloItl } = DEFAULT_LLM_SETTINGS;
    const [profile, t] = pick(objectiveSetups(pick([true, false])));
    const run = runsByRate(profile, t, OBJECTIVE_SECONDS);
    const broken = (trace: TimeTrace) => ({ ttft: (trace.summary.ttft_p95_ms ?? Infinity) > sloTtft, itl: !itlOk(trace, sloItl) });
    const found = highestOkRate((r) => { const b = broken(run(r)); return !b.ttft && !b.itl; }, OBJECTIVE_STEP, Math.ceil(1.2 * saturationRate(profile, t)), OBJECTIVE_STEP);
    const ok = run(found.rate);
    const over = run(found.over);
    const b = broken(over);
    const first: Broken = b.ttft && b.itl ? 'both' : b.ttft ? 'ttft' : 'itl';
    const cap = profile.max_num_seqs;
    const words: Record<Broken, string> = {
      ttft: 'TTFT: requests wait for a place once the batch is full',
      itl: 'ITL: the batch keeps growing and every iteration gets slower',
      both: 'Both at the same rate',
    };
    const feedback: Record<Broken, string> = {
      ttft: `when max_num_seqs (${formatCount(cap)}) is reached before ITL gets slow, newcomers wait and TTFT climbs.`,
      itl: `when the batch can grow past the point where an iteration takes ${sloItl} ms, ITL breaks while requests still start at once.`,
      both: 'both broke between the same two rates tried.',
    };
    const params = { cap, prompt: t.prompt, output: t.output };
    const { full, itl } = objectiveRates(profile, t, sloItl);
    return choiceQuestion({
      template: 'llm_first_objective', params, difficulty: 'hard', source: SOURCE,
      prompt: `One LLM replica, ${A100_WORDS}, runs with max_num_seqs ${formatCount(cap)} and a KV cache with room for more; every request brings a ${tokens(t.prompt)}-token prompt and asks for a ${tokens(t.output)}-token answer. The objectives are TTFT p95 under ${sloTtft} ms and ITL p95 under ${sloItl} ms. As the request rate rises, which objective does it break first?`,
      explanation: `In the engine's runs both held up to ${perSecond(found.rate)} (TTFT p95 ${ms(ok.summary.ttft_p95_ms)}, ITL p95 ${ms(ok.summary.itl_p95_ms)}, at most ${formatCount(Math.max(...ok.running))} of ${formatCount(cap)} sequences running); at ${perSecond(found.over)} TTFT p95 was ${ms(over.summary.ttft_p95_ms)} and ITL p95 ${ms(over.summary.itl_p95_ms)}. The batch fills at about ${perSecond(Math.round(full * 10) / 10)} and ITL reaches ${sloItl} ms at about ${perSecond(Math.round(itl * 10) / 10)}.`,
      hints: [
        'Running sequences = rate x answer tokens x ITL, and ITL = base / (1 - rate x (prompt x prefill + answer x per-sequence)).',
        'Find the rate where the batch reaches max_num_seqs and the rate where ITL reaches its objective: the lower one breaks first.',
      ],
    }, { text: words[first], feedback: `Right: ${feedback[first]}` }, [
      ...(['ttft', 'itl', 'both'] as const).filter((k) => k !== first).map((k) => ({ text: words[k], feedback: `Not in this run: ${feedback[first]}` })),
      { text: 'Neither: the GPU reads 100 % busy long before, so the replica refuses more', feedback: 'a vLLM server never refuses on GPU utilisation; it queues.' },
    ].slice(0, 3));
  },
};

export const BATCH_TEMPLATES: readonly LlmTemplate[] = [batchSize, headroom, firstObjective];
