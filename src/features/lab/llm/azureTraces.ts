/**
 * The Azure LLM inference traces (2023, CC BY 4.0; AZURE_CREDIT) as shipped with the app: a compact file derived from
 * the published CSV, one request a line, `gap_ms prompt_tokens output_tokens` (the gap from the previous request).
 * Loaded on demand (in the Lab's worker), never from another origin.
 */
import type { RequestList } from '../../../engine/time';
import type { AzureTraceName } from '../../../store/labLink';

/** Reads the compact text into a request list (times in seconds from the first request). Lines starting with # are notes. */
export function parseCompactTrace(text: string): RequestList {
  const lines = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
  const at = new Float64Array(lines.length);
  const prompt = new Int32Array(lines.length);
  const output = new Int32Array(lines.length);
  let ms = 0;
  lines.forEach((line, i) => {
    const [gap, p, o] = line.split(' ').map(Number);
    ms += gap!;
    at[i] = ms / 1000;
    prompt[i] = Math.max(1, p!);
    output[i] = Math.max(1, o!);
  });
  return { at, prompt, output };
}

const cache = new Map<AzureTraceName, Promise<RequestList>>();

/** The trace's requests as recorded (one hour), loaded once per worker. */
export function loadAzureTrace(name: AzureTraceName): Promise<RequestList> {
  let loaded = cache.get(name);
  if (!loaded) {
    loaded = (name === 'azure-conv' ? import('./data/azure-conv.txt?raw') : import('./data/azure-code.txt?raw')).then((m) => parseCompactTrace(m.default));
    cache.set(name, loaded);
  }
  return loaded;
}
