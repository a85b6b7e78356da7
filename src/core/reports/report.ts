// Consumer reports (举报): intake validation, the stored record, duplicate grouping per target and the response deadline.
import { z } from 'zod';
import { Id } from '../events/primitives.ts';

export const ReportTargetType = z.enum(['review', 'merchant', 'order', 'account']);
export const reportCategories = ['fake_review', 'brushing', 'review_for_reward', 'fake_logistics', 'contact_diversion', 'extortion', 'other'] as const;
export const ReportCategory = z.enum(reportCategories);
export type ReportCategory = z.infer<typeof ReportCategory>;

export const ReportIntake = z.strictObject({
  target: z.strictObject({ type: ReportTargetType, id: Id }),
  category: ReportCategory,
  description: z.string().trim().min(1, 'must describe what was seen').max(5000, 'must be at most 5,000 characters'),
  /** The platform's own opaque id for the consumer, so the reporter can be told the outcome; never shown to merchants. */
  reporterRef: Id.optional(),
});
export type ReportIntake = z.infer<typeof ReportIntake>;

export const EvidenceFileRef = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  mediaType: z.string(),
  bytes: z.int().min(1),
  /** The uploader's file name, kept only for display (escaped); the file is stored and served by its hash. */
  name: z.string().max(255),
});
export type EvidenceFileRef = z.infer<typeof EvidenceFileRef>;

export const reportStatuses = ['received', 'linked', 'in_review', 'closed'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

export type ReportNotice = { readonly at: string; readonly message: string; readonly messageZh: string };

export type Report = ReportIntake & {
  readonly id: string;
  readonly tenant: string | undefined;
  readonly files: readonly EvidenceFileRef[];
  /** The API key that filed it; a reporter key sees only its own reports. */
  readonly filedBy: string;
  readonly receivedAt: string;
  readonly dueAt: string;
  /** Reports on the same target share the id of the first one. */
  readonly groupId: string;
  readonly status: ReportStatus;
  readonly findingIds: readonly string[];
  readonly caseIds: readonly string[];
  readonly outcome?: { readonly at: string; readonly result: 'upheld' | 'not_upheld'; readonly message: string; readonly messageZh: string };
  readonly notices: readonly ReportNotice[];
};

/**
 * Hours to answer a report. Platforms must handle complaints and reports promptly (E-Commerce Law art. 59); the
 * numbers are policy, kept here in one place so the console and the deadline check agree.
 */
export const responseHours: Readonly<Record<ReportCategory, number>> = {
  fake_review: 168, brushing: 168, review_for_reward: 168, fake_logistics: 120, contact_diversion: 72, extortion: 72, other: 168,
};

export function responseDueAt(receivedAtMillis: number, category: ReportCategory): Date {
  return new Date(receivedAtMillis + responseHours[category] * 3_600_000);
}

export function targetKey(target: ReportIntake['target']): string {
  return `${target.type}:${target.id}`;
}

/** Duplicates are grouped, not refused: each reporter still hears back about their own report. */
export function groupIdFor(newId: string, earlierOnTarget: readonly Pick<Report, 'groupId' | 'receivedAt'>[]): string {
  const first = [...earlierOnTarget].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))[0];
  return first?.groupId ?? newId;
}

export function isOverdue(report: Pick<Report, 'status' | 'dueAt'>, now: Date): boolean {
  return report.status !== 'closed' && Date.parse(report.dueAt) < now.getTime();
}
