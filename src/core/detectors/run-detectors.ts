// Runs every detector over one snapshot, isolating failures, and completes drafts into findings with stable ids.
import { createHash } from 'node:crypto';
import { severityOf, type Finding } from '../findings/finding.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import { formatIso } from '../time/format.ts';
import type { Detector, DetectorFailure, FindingDraft } from './detector.ts';

export type DetectionOptions = {
  /** Parameter overrides per detector name; validated by each detector's schema. */
  readonly params?: Readonly<Record<string, unknown>>;
  readonly utcOffsetMinutes?: number;
};

export type DetectionResult = { readonly findings: Finding[]; readonly failures: DetectorFailure[] };

/** The same entities, kind, window and detector always give the same id, so re-runs do not duplicate findings. */
function findingId(detector: string, draft: FindingDraft, tenant: string | undefined): string {
  const entities = draft.entities.map((e) => `${e.type}:${e.id}`).sort().join(',');
  const key = [detector, draft.kind, tenant ?? '', draft.window.from, draft.window.to, entities].join('|');
  return `f_${createHash('sha256').update(key).digest('hex').slice(0, 20)}`;
}

function complete(detector: Detector<unknown>, draft: FindingDraft, snapshot: Snapshot, offset: number | undefined): Finding {
  const name = `${detector.name}@${detector.version}`;
  const score = Math.min(1, Math.max(0, draft.score));
  return {
    id: findingId(detector.name, draft, snapshot.tenant),
    kind: draft.kind,
    score,
    severity: severityOf(score),
    summary: draft.summary,
    summaryZh: draft.summaryZh,
    ...(snapshot.tenant === undefined ? {} : { tenant: snapshot.tenant }),
    entities: draft.entities,
    window: { from: formatIso(draft.window.from, offset), to: formatIso(draft.window.to, offset) },
    reasons: draft.reasons,
    evidence: draft.evidence,
    detector: name,
  };
}

export function runDetectors(
  snapshot: Snapshot,
  detectors: readonly Detector<unknown>[],
  options: DetectionOptions = {},
): DetectionResult {
  const findings: Finding[] = [];
  const failures: DetectorFailure[] = [];
  for (const detector of detectors) {
    const params = detector.params.safeParse(options.params?.[detector.name] ?? {});
    if (!params.success) {
      const fields = params.error.issues.map((i) => `${i.path.join('.') || '(params)'}: ${i.message}`).join('; ');
      failures.push({ detector: detector.name, message: `invalid parameters: ${fields}` });
      continue;
    }
    let outcome: ReturnType<typeof detector.run>;
    try {
      outcome = detector.run(snapshot, params.data);
    } catch (error) {
      // A bug in one detector must not cost the findings of the others.
      outcome = { ok: false, error: { detector: detector.name, message: error instanceof Error ? error.message : String(error) } };
    }
    if (!outcome.ok) failures.push(outcome.error);
    else for (const draft of outcome.value) findings.push(complete(detector, draft, snapshot, options.utcOffsetMinutes));
  }
  findings.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return { findings, failures };
}
