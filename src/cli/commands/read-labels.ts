// Reads a labels file for `train` and `score`, naming bad lines and refusing a file with no good one.
import { labelProblemsError, type Label } from '../../core/learning/labels.ts';
import { exitWith } from '../cli-error.ts';
import type { Runtime } from '../runtime.ts';

/**
 * Reads a labels file: bad lines are named and skipped, but a file with no good line at all (wrong columns, wrong file)
 * is refused, with the first bad lines named by line and field.
 */
export async function readLabelsOrExit(runtime: Runtime, path: string): Promise<Label[]> {
  const read = await runtime.learning.readLabels(path);
  if (!read.ok) exitWith(read.error);
  const { labels, problems } = read.value;
  if (labels.length === 0 && problems.length > 0) exitWith(labelProblemsError(path, problems));
  if (problems.length > 0) {
    console.log(`labels: ${problems.length} bad line(s) in ${path} were skipped; the ${labels.length} good ones are used`);
    for (const problem of problems.slice(0, 10)) console.log(`  ${path}:${problem.line}: ${problem.field} ${problem.message}`);
    if (problems.length > 10) console.log('  …');
  }
  return labels;
}

