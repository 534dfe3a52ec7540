/** `npm run trace -- [--config FILE] [--loads 10,50,120] [--format table|md|csv|json]`: see args.ts for the usage. */
import { readFileSync } from 'node:fs';
import { runTrace } from './runTrace';

const result = runTrace(process.argv.slice(2), (path) => readFileSync(path, 'utf8'));
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
