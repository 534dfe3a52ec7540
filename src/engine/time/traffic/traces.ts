/**
 * Real traffic: the Azure LLM inference trace 2023 (two one-hour samples, a chat service and a code-completion service),
 * shipped as compact derived files (data/azure*.ts) and decoded into request lists. Credit, as its CC BY 4.0 licence
 * asks, goes wherever a trace is offered: TRACE_CREDIT below, the README and the app.
 */
import type { RequestList } from '../types';

export type LlmTraceName = 'azure-conv' | 'azure-code';

export const LLM_TRACE_NAMES: readonly LlmTraceName[] = ['azure-conv', 'azure-code'];

export const isLlmTraceName = (name: string): name is LlmTraceName => (LLM_TRACE_NAMES as readonly string[]).includes(name);

/** What each trace is (derived statistics, LLM-SERVING.md). */
export const LLM_TRACES: { readonly [K in LlmTraceName]: string } = {
  'azure-conv': 'Azure chat service, one hour: 19,366 requests (5.5/s, close to Poisson), prompt p50 1,020 tokens, output p50 129',
  'azure-code': 'Azure code completion, one hour: 8,819 requests (2.6/s, very bursty, up to 67 in one second), prompt p50 1,469, output p50 13',
};

/** The attribution the trace's licence (CC BY 4.0) requires wherever it is shown. */
export const TRACE_CREDIT =
  "Azure LLM inference trace 2023, from Microsoft's AzurePublicDataset (CC BY 4.0), described in Patel et al., " +
  '"Splitwise: Efficient generative LLM inference using phase splitting", ISCA 2024.';

/** Decodes a derived trace ("gap,prompt,output" in base 36, space-separated; gaps in ms) into a request list from t = 0. */
export function decodeTrace(text: string): RequestList {
  const parts = text.split(' ');
  const n = parts.length;
  const at = new Float64Array(n);
  const prompt = new Int32Array(n);
  const output = new Int32Array(n);
  let ms = 0;
  for (let i = 0; i < n; i++) {
    const part = parts[i]!;
    const a = part.indexOf(',');
    const b = part.indexOf(',', a + 1);
    ms += parseInt(part.slice(0, a), 36);
    at[i] = ms / 1000;
    prompt[i] = parseInt(part.slice(a + 1, b), 36);
    output[i] = parseInt(part.slice(b + 1), 36);
  }
  return { at, prompt, output };
}

/** A named trace, decoded; the data module loads on first use (the app fetches it lazily, offline from its cache). */
export async function loadLlmTrace(name: LlmTraceName): Promise<RequestList> {
  switch (name) {
    case 'azure-conv': return decodeTrace((await import('./data/azureConv')).AZURE_CONV);
    case 'azure-code': return decodeTrace((await import('./data/azureCode')).AZURE_CODE);
  }
}
