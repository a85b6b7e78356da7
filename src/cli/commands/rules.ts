// `shoumen rules check|test|backtest FILE`: type-check a rules file, run its tests, replay the stored events through it.
import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { checksumOf } from '../../app/rules-versions.ts';
import { appError } from '../../core/errors/catalog.ts';
import type { BacktestLabel, BacktestReport } from '../../app/backtest.ts';
import { formatProblem, loadRuleSet, type RuleSet } from '../../core/rules/rule-set.ts';
import { runRuleTests } from '../../core/rules/run-tests.ts';
import { exitWith } from '../cli-error.ts';
import { terminalSafe } from '../terminal-text.ts';
import type { Runtime } from '../runtime.ts';

function readRules(file: string): RuleSet {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    return exitWith(appError('SM_FILE_UNREADABLE', `Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`));
  }
  const loaded = loadRuleSet(source);
  if (loaded.ok) return loaded.value;
  for (const problem of loaded.error) console.error(formatProblem(problem, file));
  const count = loaded.error.length === 1 ? 'a problem' : `${loaded.error.length} problems`;
  return exitWith(appError('SM_RULES_INVALID', `${file} has ${count} (规则文件有错误，见上)`));
}

const percent = (x: number | null) => (x === null ? '—' : `${(100 * x).toFixed(1)}%`);

function printReport(report: BacktestReport): void {
  const base = report.baseline ? ` against the published ${report.baseline.name}@${report.baseline.version}` : '';
  console.log(`backtest of ${report.ruleSet.name} over ${report.events} stored events${base} (回测 ${report.events} 条已存事件)`);
  console.log(`  outcomes (结果): ${Object.entries(report.outcomes).map(([o, n]) => `${o} ${n}`).join(', ')}`);
  for (const rule of report.rules) {
    const examples = rule.examples.length ? `  e.g. ${rule.examples.slice(0, 3).map(terminalSafe).join(', ')}` : '';
    console.log(`  ${rule.code.padEnd(28)} ${rule.outcome.padEnd(16)} fired ${String(rule.fired).padStart(7)}${examples}`);
  }
  if (report.changed) console.log(`  ${report.changed.events} events would get another outcome than today (结果变化的事件)`);
  const l = report.labels;
  if (l) {
    console.log(`  labels (标签): ${l.labelled} entities, ${l.positives} fraud; flagged ${l.flagged}, of them fraud ${l.truePositives}; fraud blocked or held ${l.blockedPositives}`);
    console.log(`  precision ${percent(l.precision)}, recall ${percent(l.recall)} (精确率 / 召回率)`);
  }
}

type BacktestOptions = { labels?: string; tenant?: string; data?: string; json?: boolean };

export function rulesCommand(runtime: Runtime): Command {
  const rules = new Command('rules').description('Check, test and backtest a rules file (docs/rules.md); the default pack is src/core/rules/packs/default.rules');

  rules
    .command('check')
    .description('Parse and type-check a rules file; every problem is printed as FILE:LINE:COLUMN: reason')
    .argument('<file>', 'rules file')
    .action((file: string) => {
      const { file: parsed, source } = readRules(file);
      console.log(`${file}: ruleset ${parsed.name}, ${parsed.features.length} features, ${parsed.rules.length} rules, ${parsed.tests.length} tests — OK (检查通过)`);
      console.log(`  sha256 ${checksumOf(source)}`);
    });

  rules
    .command('test')
    .description('Run the test blocks of a rules file, each from a fresh state')
    .argument('<file>', 'rules file')
    .action((file: string) => {
      const results = runRuleTests(readRules(file));
      for (const result of results) {
        console.log(`${result.passed ? 'PASS' : 'FAIL'}  ${file}:${result.line}  ${result.name} (${result.events} events)`);
        for (const failure of result.failures) console.log(`      ${failure}`);
      }
      const failed = results.filter((r) => !r.passed).length;
      console.log(`${results.length - failed} passed, ${failed} failed (通过 ${results.length - failed}，失败 ${failed})`);
      if (failed) process.exitCode = 1;
    });

  rules
    .command('backtest')
    .description('Replay every stored event of a tenant through the rules, beside the published set; score against labels when given')
    .argument('<file>', 'rules file')
    .option('--labels <file>', 'labels, CSV or JSONL: entityType,entityId,label (1 = fraud, 0 = genuine); the simulator truth file works')
    .option('--tenant <tenant>', 'tenant whose events to replay (default: the default tenant)')
    .addOption(new Option('--data <dir>', 'data folder of the embedded store (env SHOUMEN_DATA)'))
    .option('--json', 'print the report as JSON')
    .action(async (file: string, options: BacktestOptions) => {
      const { source } = readRules(file);
      let labels: BacktestLabel[] | undefined;
      if (options.labels) {
        const read = await runtime.learning.readLabels(options.labels);
        if (!read.ok) exitWith(read.error);
        if (read.value.problems.length) console.error(`labels: ${read.value.problems.length} bad line(s) in ${options.labels} skipped`);
        labels = read.value.labels;
      }
      const app = await runtime.open(runtime.config({ data: options.data }));
      try {
        const caller = { tenant: options.tenant, actor: { type: 'system' as const, id: 'cli' } };
        const report = await app.realtime.backtest(caller, { source, ...(labels ? { labels } : {}) });
        if (!report.ok) exitWith(report.error);
        if (options.json) console.log(JSON.stringify(report.value, null, 2));
        else printReport(report.value);
      } finally {
        await app.close();
      }
    });
  return rules;
}
