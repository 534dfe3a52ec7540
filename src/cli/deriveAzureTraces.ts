/**
 * Derives the Lab's compact Azure LLM inference traces (src/engine/time/traffic/data/azure*.ts) from the published CSVs:
 * `npm run derive-traces -- DIR` (DIR holds conv.csv and code.csv; default ../shared/data/azure-llm-inference-2023).
 *
 * Azure LLM inference trace 2023, from Microsoft's AzurePublicDataset (CC BY 4.0), described in Patel et al.,
 * "Splitwise: Efficient generative LLM inference using phase splitting", ISCA 2024.
 * Each request becomes "gap,prompt,output" in base 36: the gap in milliseconds since the previous request (the first 0),
 * rounded from offsets so that rounding never drifts; requests are separated by spaces.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { formatCount } from '../engine/format';

interface AzureRow { readonly TIMESTAMP: string; readonly ContextTokens: string; readonly GeneratedTokens: string }

/** Microseconds since the epoch of "2023-11-16 18:15:46.6805900" (the fraction cut to six digits, as published). */
function micros(stamp: string): number {
  const [date = '', time = ''] = stamp.split(' ');
  const [whole = '', fraction = ''] = time.split('.');
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi, s] = whole.split(':').map(Number);
  return Date.UTC(y!, mo! - 1, d!, h!, mi!, s!) * 1000 + Number(fraction.slice(0, 6).padEnd(6, '0'));
}

/** Whole milliseconds from microseconds, halves to even (so the derived files stay the same whoever derives them). */
function roundMs(us: number): number {
  const q = Math.floor(us / 1000);
  const r = us - q * 1000;
  return r > 500 || (r === 500 && q % 2 === 1) ? q + 1 : q;
}

export function deriveTrace(csv: string): { readonly data: string; readonly count: number; readonly spanMs: number } {
  const rows = Papa.parse<AzureRow>(csv.trim(), { header: true, skipEmptyLines: true }).data;
  const first = micros(rows[0]!.TIMESTAMP);
  const parts: string[] = [];
  let previous = 0;
  let offset = 0;
  for (const row of rows) {
    offset = roundMs(micros(row.TIMESTAMP) - first);
    const tokens = (text: string) => Math.max(1, Math.trunc(Number(text))).toString(36);
    parts.push(`${(offset - previous).toString(36)},${tokens(row.ContextTokens)},${tokens(row.GeneratedTokens)}`);
    previous = offset;
  }
  return { data: parts.join(' '), count: rows.length, spanMs: offset };
}

const TRACES = [
  { file: 'conv.csv', name: 'AZURE_CONV', what: 'A chat service, one hour', out: 'azureConv.ts' },
  { file: 'code.csv', name: 'AZURE_CODE', what: 'A code-completion service, one hour', out: 'azureCode.ts' },
] as const;

function main(): void {
  const dir = process.argv[2] ?? '../shared/data/azure-llm-inference-2023';
  for (const trace of TRACES) {
    const { data, count, spanMs } = deriveTrace(readFileSync(join(dir, trace.file), 'utf8'));
    const text = `/**
 * ${trace.what}: the Azure LLM inference trace 2023 (AzureLLMInferenceTrace_${trace.file.slice(0, -4)}.csv), from Microsoft's AzurePublicDataset, licensed CC BY 4.0
 * (https://creativecommons.org/licenses/by/4.0/); described in Patel et al., "Splitwise: Efficient generative LLM
 * inference using phase splitting", ISCA 2024. Derived by src/cli/deriveAzureTraces.ts: ${formatCount(count)} requests over ${formatCount(Math.round(spanMs / 1000))} s,
 * each "gap,prompt,output" in base 36 (gap = milliseconds since the previous request), space-separated.
 */
export const ${trace.name} = '${data}';
`;
    writeFileSync(join('src/engine/time/traffic/data', trace.out), text);
    console.log(`${trace.out}: ${formatCount(count)} requests, ${formatCount(data.length)} characters`);
  }
}

if (process.argv[1]?.endsWith('deriveAzureTraces.ts')) main();
