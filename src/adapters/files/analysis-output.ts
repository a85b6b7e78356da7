// Writes an analysis run's outputs into a folder: findings.json, scores.jsonl and report.html.
import { createWriteStream, mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import type { AnalysisOutput } from '../../app/ports.ts';
import { FINDINGS_VERSION } from '../../core/findings/finding.ts';

export function analysisOutputFolder(dir: string): AnalysisOutput {
  mkdirSync(dir, { recursive: true });
  return {
    location: dir,
    async writeFindings(findings) {
      await writeFile(join(dir, 'findings.json'), `${JSON.stringify({ version: FINDINGS_VERSION, findings }, null, 2)}\n`);
    },
    async writeScores(scores) {
      const out = createWriteStream(join(dir, 'scores.jsonl'));
      for (const score of scores) {
        if (!out.write(`${JSON.stringify(score)}\n`)) await once(out, 'drain');
      }
      out.end();
      await once(out, 'finish');
    },
    async writeReport(html) {
      await writeFile(join(dir, 'report.html'), html);
    },
  };
}
