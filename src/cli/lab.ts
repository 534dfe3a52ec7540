/** `npm run lab -- --config FILE [...]` (see labArgs.ts) and `npm run lab -- decide --config FILE` (see runDecide.ts). */
import { readFileSync } from 'node:fs';
import { exportPolicy, importPolicies } from '../engine/lab';
import { runDecide } from './runDecide';
import { runLab } from './runLab';

const argv = process.argv.slice(2);
const readFile = (path: string) => readFileSync(path, 'utf8');
const result = argv[0] === 'decide'
  ? runDecide(argv.slice(1), readFile, () => readFileSync(0, 'utf8'), { importPolicies })
  : runLab(argv, readFile, { importPolicies, exportPolicy });
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
