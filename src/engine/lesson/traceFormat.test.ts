import { describe, expect, it } from 'vitest';
import { LESSON_CONFIG, LESSON_LOADS } from './config';
import { simulate } from './simulate';
import { tableColumns, tableRows } from './table';
import { renderTrace, traceToJson } from './traceFormat';

const lesson = simulate({ config: LESSON_CONFIG, loads: LESSON_LOADS });

/** The export buttons download exactly these texts; the CLI prints the same (src/cli/format.test.ts checks them line by line). */
describe('trace export formats', () => {
  it('CSV has the header and one line per step, quoting cells with commas', () => {
    const lines = renderTrace(lesson, 'csv').trimEnd().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe(tableColumns(LESSON_CONFIG).join(','));
    expect(lines[3]).toBe('3,120,True,False,Scale up by 1,2,"Load: 120, Instances: 2"');
  });

  it('Markdown holds every cell of the lesson table', () => {
    const md = renderTrace(lesson, 'md');
    for (const row of tableRows(lesson)) for (const cell of row) expect(md).toContain(cell);
  });

  it('JSON parses back to the trace rows and tracker', () => {
    const parsed = JSON.parse(renderTrace(lesson, 'json')) as ReturnType<typeof traceToJson>;
    expect(parsed.rows.map((r) => r.instances_after)).toEqual([1, 1, 2, 2, 2, 1]);
    expect(parsed.tracker.rows[0]!.cells).toEqual(['1', '1', '1', '2', '2', '2', '1', '1']);
    expect(parsed.final_instances).toBe(1);
  });
});
