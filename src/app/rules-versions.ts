// Rule-set versions: a draft is stored only when it type-checks; publishing is a status change, never an edit of the text.
import { createHash } from 'node:crypto';
import { appError, type AppError } from '../core/errors/catalog.ts';
import { err, ok, type Result } from '../core/result.ts';
import { loadRuleSet, type RuleProblem, type RuleSet } from '../core/rules/rule-set.ts';
import { auditChange, nowOf, type RealtimeCaller, type RealtimeDeps } from './decide-deps.ts';
import type { RuleSetRecord } from './decide-ports.ts';

export const checksumOf = (source: string): string => createHash('sha256').update(source).digest('hex');

/** The catalog error for rules that do not load: every problem with its line, `line:column` and reason. */
export function rulesInvalid(problems: readonly RuleProblem[]): AppError {
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  return appError('SM_RULES_INVALID', `The rules have ${count}; nothing was stored.`, problems.map((p) => ({ field: `${p.line}:${p.column}`, line: p.line, message: p.message })));
}

export function checkRules(source: string): Result<RuleSet, AppError> {
  const loaded = loadRuleSet(source);
  return loaded.ok ? loaded : err(rulesInvalid(loaded.error));
}

export async function createRuleSetDraft(deps: RealtimeDeps, caller: RealtimeCaller, input: { source: string; shadow?: boolean }): Promise<Result<RuleSetRecord, AppError>> {
  const checked = checkRules(input.source);
  if (!checked.ok) return checked;
  const record = await deps.ruleSets.createDraft({
    tenant: caller.tenant, name: checked.value.file.name, source: input.source, checksum: checksumOf(input.source), createdAt: nowOf(deps), createdBy: caller.actor.id,
  });
  await auditChange(deps, caller, 'rules.draft_created', { type: 'rule_set', id: String(record.version) }, { name: record.name, checksum: record.checksum });
  if (!input.shadow) return ok(record);
  await deps.ruleSets.setShadow(caller.tenant, record.version);
  return ok({ ...record, shadow: true });
}

const conflictOf = (version: number, problem: 'not_found' | 'not_draft'): AppError =>
  problem === 'not_found'
    ? appError('SM_NOT_FOUND', `No rule set version ${version}.`)
    : appError('SM_CONFLICT', `Version ${version} is not a draft: a published rule set never changes; create a new draft instead.`);

export async function publishRuleSet(deps: RealtimeDeps, caller: RealtimeCaller, version: number): Promise<Result<RuleSetRecord, AppError>> {
  const record = await deps.ruleSets.get(caller.tenant, version);
  if (!record) return err(conflictOf(version, 'not_found'));
  // Checked again: the text may have been stored by an older release with other rules.
  const checked = checkRules(record.source);
  if (!checked.ok) return checked;
  const published = await deps.ruleSets.publish(caller.tenant, version, nowOf(deps));
  if (!published.ok) return err(conflictOf(version, published.error));
  await auditChange(deps, caller, 'rules.published', { type: 'rule_set', id: String(version) }, { name: record.name, checksum: record.checksum });
  return published;
}

export async function setShadowRuleSet(deps: RealtimeDeps, caller: RealtimeCaller, version: number | undefined): Promise<Result<void, AppError>> {
  const changed = await deps.ruleSets.setShadow(caller.tenant, version);
  if (!changed.ok) return err(conflictOf(version ?? 0, changed.error));
  await auditChange(deps, caller, version === undefined ? 'rules.shadow_stopped' : 'rules.shadow_started', { type: 'rule_set', id: String(version ?? '') });
  return ok(undefined);
}

/** The tenant's published version, publishing the default pack as a first version when there is none. */
export async function ensurePublished(deps: RealtimeDeps, tenant: string | undefined): Promise<RuleSetRecord> {
  const versions = await deps.ruleSets.list(tenant);
  const published = versions.find((v) => v.status === 'published');
  if (published) return published;
  const system: RealtimeCaller = { tenant, actor: { type: 'system', id: 'shoumen' } };
  const draft = await createRuleSetDraft(deps, system, { source: deps.defaultPack });
  if (!draft.ok) throw new Error(`the default rule pack does not load: ${draft.error.details?.map((d) => `${d.field} ${d.message}`).join('; ')}`);
  const done = await publishRuleSet(deps, system, draft.value.version);
  if (!done.ok) throw new Error(`the default rule pack could not be published: ${done.error.message}`);
  return done.value;
}
