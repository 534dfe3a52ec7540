/**
 * First-screen JavaScript budget: `npm run size [-- --json] [-- --no-build] [-- --out-dir DIR]`.
 * Builds the app with a manifest, then follows the entry chunk's static imports: that JavaScript is what the browser
 * must download before the first screen renders. Lazy chunks (Monaco, recharts) are listed but not counted.
 * Fails (exit 1) when the first screen needs more than 110 kB of gzipped JavaScript (it was 108 kB before the course's
 * eleven modes, the Lab and Present; they are lazy chunks, and this budget keeps it that way).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** kB here are 1,000 bytes, as Vite reports them. */
export const FIRST_SCREEN_BUDGET_KB = 110;

interface ManifestChunk {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly isDynamicEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
  readonly css?: readonly string[];
}
export type Manifest = Readonly<Record<string, ManifestChunk>>;

export interface ChunkSize {
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
  /** needed for the first screen (the entry or one of its static imports) */
  readonly firstScreen: boolean;
}

/** Manifest keys of the entry chunks and everything they import statically (not through import()). */
export function firstScreenKeys(manifest: Manifest): Set<string> {
  const needed = new Set<string>();
  const visit = (key: string) => {
    if (needed.has(key) || !manifest[key]) return;
    needed.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return needed;
}

/** Every JavaScript file of a build (chunks and workers) with its raw and gzip size, first-screen ones first, largest first. */
export function measureChunks(outDir: string, manifest: Manifest): ChunkSize[] {
  const firstScreen = new Set([...firstScreenKeys(manifest)].map((key) => manifest[key]!.file));
  const files = new Set(Object.values(manifest).map((chunk) => chunk.file).filter((file) => file.endsWith('.js')));
  for (const file of readdirSync(join(outDir, 'assets'))) if (file.endsWith('.js')) files.add(`assets/${file}`);
  return [...files].map((file) => {
    const bytes = readFileSync(join(outDir, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, firstScreen: firstScreen.has(file) };
  }).sort((a, b) => Number(b.firstScreen) - Number(a.firstScreen) || b.gzip - a.gzip);
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function main(): number {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const outIndex = args.indexOf('--out-dir');
  const outDir = (outIndex >= 0 ? args[outIndex + 1] : undefined) ?? 'dist-size';
  if (!args.includes('--no-build')) {
    const build = spawnSync('npx', ['vite', 'build', '--manifest', '--logLevel', 'warn', '--outDir', outDir], { stdio: json ? 'ignore' : 'inherit' });
    if (build.status !== 0) { console.error('size: vite build failed'); return 1; }
  }
  const manifestPath = join(outDir, '.vite', 'manifest.json');
  if (!statSync(manifestPath, { throwIfNoEntry: false })) { console.error(`size: no ${manifestPath}; build with --manifest`); return 1; }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const chunks = measureChunks(outDir, manifest);
  const first = chunks.filter((chunk) => chunk.firstScreen);
  const firstGzip = first.reduce((sum, chunk) => sum + chunk.gzip, 0);
  const firstRaw = first.reduce((sum, chunk) => sum + chunk.raw, 0);
  const withinBudget = firstGzip <= FIRST_SCREEN_BUDGET_KB * 1000;
  if (json) {
    console.log(JSON.stringify({ budgetKB: FIRST_SCREEN_BUDGET_KB, firstScreen: { raw: firstRaw, gzip: firstGzip }, withinBudget, chunks }, null, 2));
  } else {
    console.log(`${'chunk'.padEnd(48)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}  loaded`);
    for (const chunk of chunks) {
      console.log(`${chunk.file.padEnd(48)} ${kB(chunk.raw).padStart(10)} ${kB(chunk.gzip).padStart(10)}  ${chunk.firstScreen ? 'first screen' : 'lazy'}`);
    }
    console.log(`First-screen JavaScript: ${kB(firstRaw)} raw, ${kB(firstGzip)} gzip (${first.length} ${first.length === 1 ? 'chunk' : 'chunks'}); budget ${FIRST_SCREEN_BUDGET_KB} kB gzip: ${withinBudget ? 'ok' : 'OVER BUDGET'}`);
  }
  return withinBudget ? 0 : 1;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) process.exitCode = main();
