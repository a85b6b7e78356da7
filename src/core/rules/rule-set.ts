// Loads rules text into a checked rule set, or every problem with its line, column and reason; nothing unchecked can be published.
import type { RuleFile } from './ast.ts';
import { parseRuleFile } from './file-parser.ts';
import { locate } from './lexer.ts';
import { checkRuleFile } from './type-check.ts';
import { err, ok, type Result } from '../result.ts';

export type RuleProblem = { readonly line: number; readonly column: number; readonly message: string };

/** A rules file that parsed and type-checked; only these are compiled, stored as drafts or published. */
export type RuleSet = { readonly source: string; readonly file: RuleFile };

export function loadRuleSet(source: string): Result<RuleSet, RuleProblem[]> {
  const parsed = parseRuleFile(source);
  if (!parsed.ok) return err([{ ...locate(source, parsed.error.offset), message: parsed.error.message }]);
  const problems = checkRuleFile(parsed.value);
  if (problems.length) return err(problems.map((p) => ({ ...locate(source, p.offset), message: p.message })));
  return ok({ source, file: parsed.value });
}

/** `file:line:column: message`, the form editors and terminals link. */
export function formatProblem(problem: RuleProblem, file = 'rules'): string {
  return `${file}:${problem.line}:${problem.column}: ${problem.message}`;
}
