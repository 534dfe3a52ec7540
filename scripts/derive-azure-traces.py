"""Derives the Lab's compact Azure LLM inference traces (src/engine/time/traffic/data/azure*.ts) from the published CSVs.

Azure LLM inference trace 2023, from Microsoft's AzurePublicDataset (CC BY 4.0), described in Patel et al.,
"Splitwise: Efficient generative LLM inference using phase splitting", ISCA 2024.
Usage: python3 scripts/derive-azure-traces.py ../shared/data/azure-llm-inference-2023
Each request becomes "gap,prompt,output" in base 36: the gap in milliseconds since the previous request (the first 0),
rounded from offsets so that rounding never drifts; requests are separated by spaces.
"""
import csv, sys
from datetime import datetime

def b36(n):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    if n == 0:
        return '0'
    out = ''
    while n:
        n, r = divmod(n, 36)
        out = digits[r] + out
    return out

def derive(path):
    rows = list(csv.DictReader(open(path)))
    times = [datetime.strptime(r['TIMESTAMP'][:26], '%Y-%m-%d %H:%M:%S.%f') for r in rows]
    first = times[0]
    offsets = [round((t - first).total_seconds() * 1000) for t in times]
    parts, previous = [], 0
    for offset, r in zip(offsets, rows):
        parts.append(f"{b36(offset - previous)},{b36(max(1, int(r['ContextTokens'])))},{b36(max(1, int(r['GeneratedTokens'])))}")
        previous = offset
    return ' '.join(parts), len(rows), offsets[-1]

HEADER = '''/**
 * {what}: the Azure LLM inference trace 2023 ({file}), from Microsoft's AzurePublicDataset, licensed CC BY 4.0
 * (https://creativecommons.org/licenses/by/4.0/); described in Patel et al., "Splitwise: Efficient generative LLM
 * inference using phase splitting", ISCA 2024. Derived by scripts/derive-azure-traces.py: {n} requests over {span} s,
 * each "gap,prompt,output" in base 36 (gap = milliseconds since the previous request), space-separated.
 */
export const {name} = '{data}';
'''

if __name__ == '__main__':
    base = sys.argv[1]
    for file, name, what, out in [('conv.csv', 'AZURE_CONV', 'A chat service, one hour', 'azureConv.ts'), ('code.csv', 'AZURE_CODE', 'A code-completion service, one hour', 'azureCode.ts')]:
        data, n, span = derive(f'{base}/{file}')
        text = HEADER.format(what=what, file=f'AzureLLMInferenceTrace_{file[:-4]}.csv', n=f'{n:,}', span=f'{span / 1000:,.0f}', name=name, data=data)
        open(f'src/engine/time/traffic/data/{out}', 'w').write(text)
        print(out, n, len(data))
