/** `npm run lab -- --config FILE [...]`: see labArgs.ts for the usage. */
import { readFileSync } from 'node:fs';
import { exportPolicy, importPolicies } from '../engine/lab';
import { runLab } from './runLab';

const result = runLab(process.argv.slice(2), (path) => readFileSync(path, 'utf8'), { importPolicies, exportPolicy });
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
