// Prints what an analysis or import did, in words a person can act on (shared by `analyze` and `import`).
import { kindLabels } from '../../core/findings/kind-labels.ts';
import type { AnalysisResult } from '../../app/analyze-events.ts';
import type { IngestStats } from '../../app/ingest-events.ts';
import type { RejectsFile } from '../runtime.ts';

export function printIngestStats(stats: IngestStats, rejects: RejectsFile | undefined, stored: boolean): void {
  const storeNote = stored ? `, ${stats.stored} new in the store` : ', not stored';
  console.log(`events accepted: ${stats.accepted} of ${stats.linesRead} records (${stats.duplicates} duplicate ids skipped${storeNote})`);
  if (stats.rejected === 0 || !rejects) return;
  console.log(`rejected: ${stats.rejected} records; every one, with its line and fields, is in ${rejects.path}`);
  for (const reject of rejects.preview()) {
    console.log(`  ${reject.source}:${reject.line}: ${reject.errors.map((e) => `${e.field} ${e.message}`).join('; ')}`);
  }
  if (stats.rejected > rejects.preview().length) console.log('  …');
}

export function printAnalysis(result: AnalysisResult, outDir: string | undefined): void {
  const byKind = new Map<string, number>();
  for (const finding of result.findings) byKind.set(finding.kind, (byKind.get(finding.kind) ?? 0) + 1);
  console.log(`findings: ${result.findings.length}${byKind.size ? ` (${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')})` : ''}`);
  for (const finding of result.findings.slice(0, 10)) {
    console.log(`  [${finding.severity} ${finding.score.toFixed(2)}] ${kindLabels[finding.kind].en}: ${finding.summary}`);
  }
  if (result.findings.length > 10) console.log(`  … ${result.findings.length - 10} more`);
  console.log(`entities scored: ${result.scores.length}`);
  for (const failure of result.failures) console.log(`detector failed: ${failure.detector}: ${failure.message}`);
  if (outDir) console.log(`wrote ${outDir}/findings.json, ${outDir}/scores.jsonl, ${outDir}/report.html`);
}
