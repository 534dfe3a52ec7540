/** `npm run bench [-- --json]`: runs every bench section; add a section (see benchSection.ts) to measure more. */
import { runBenchSections, type BenchSection } from './benchSection';
import { engineBenchSection } from './engineBench';
import { labBenchSection } from './labBench';
import { labLlmBenchSection } from './labLlmBench';

const SECTIONS: readonly BenchSection[] = [engineBenchSection(), labBenchSection(), labLlmBenchSection()];

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--json');
if (unknown.length > 0) {
  process.stderr.write(`${unknown[0]}: Unknown option ${unknown[0]} (the only option is --json)\n`);
  process.exitCode = 2;
} else {
  const result = await runBenchSections(SECTIONS);
  process.stdout.write(args.includes('--json') ? `${JSON.stringify(result.json, null, 2)}\n` : `${result.lines.join('\n')}\n`);
}
