/** What `npm run bench` runs: a list of sections, each measuring one thing. Add a section to add a measurement. */

export interface BenchSectionResult {
  /** merged into the top level of `npm run bench -- --json` */
  readonly json: Readonly<Record<string, unknown>>;
  /** printed one per line by `npm run bench` */
  readonly lines: readonly string[];
}

export interface BenchSection {
  readonly name: string;
  run(): BenchSectionResult | Promise<BenchSectionResult>;
}

/** Runs sections in order and merges their results. */
export async function runBenchSections(sections: readonly BenchSection[]): Promise<BenchSectionResult> {
  const json: Record<string, unknown> = {};
  const lines: string[] = [];
  for (const section of sections) {
    const result = await section.run();
    Object.assign(json, result.json);
    lines.push(`== ${section.name} ==`, ...result.lines);
  }
  return { json, lines };
}
