// Enforcement actions and their reversals as data, and the current enforcement state folded from them.
import { z } from 'zod';
import { Id } from '../events/primitives.ts';

export const actionKinds = [
  'review_hide', 'review_remove', 'review_restore',
  'order_void', 'order_unvoid',
  'settlement_hold', 'settlement_release',
  'account_restrict', 'account_ban', 'account_reinstate',
  'credit_deduction', 'credit_restore',
] as const;
export const ActionKind = z.enum(actionKinds);
export type ActionKind = z.infer<typeof ActionKind>;

export const ActionTargetType = z.enum(['review', 'order', 'merchant', 'account']);
export type ActionTargetType = z.infer<typeof ActionTargetType>;

type ActionRule = { readonly target: ActionTargetType; readonly reverses?: readonly ActionKind[]; readonly label: string; readonly labelZh: string };

/** Reviews are never deleted (the E-Commerce Law forbids deleting reviews): removal is a visible state with a reason. */
export const actionRules: Readonly<Record<ActionKind, ActionRule>> = {
  review_hide: { target: 'review', label: 'review hidden from ratings', labelZh: '评价不计入评分' },
  review_remove: { target: 'review', label: 'review marked removed (shown as removed, with the reason)', labelZh: '评价标记为已处理（公示原因）' },
  review_restore: { target: 'review', reverses: ['review_hide', 'review_remove'], label: 'review restored', labelZh: '评价恢复' },
  order_void: { target: 'order', label: 'order voided from sales counts', labelZh: '订单不计入销量' },
  order_unvoid: { target: 'order', reverses: ['order_void'], label: 'order counted again', labelZh: '订单恢复计入销量' },
  settlement_hold: { target: 'merchant', label: 'settlement held', labelZh: '暂停结算' },
  settlement_release: { target: 'merchant', reverses: ['settlement_hold'], label: 'settlement released', labelZh: '恢复结算' },
  account_restrict: { target: 'account', label: 'account restricted', labelZh: '账户限制' },
  account_ban: { target: 'account', label: 'account banned', labelZh: '账户封禁' },
  account_reinstate: { target: 'account', reverses: ['account_restrict', 'account_ban'], label: 'account reinstated', labelZh: '账户解除限制' },
  credit_deduction: { target: 'merchant', label: 'credit points deducted', labelZh: '扣减信用分' },
  credit_restore: { target: 'merchant', reverses: ['credit_deduction'], label: 'credit points restored', labelZh: '恢复信用分' },
};

export const ActionRequest = z.object({
  kind: ActionKind,
  target: z.object({ type: ActionTargetType, id: Id }),
  reason: z.string().trim().min(1, 'must say why (it is shown to the affected party)').max(2000),
  /** The action this one undoes; required for reversal kinds. */
  reverses: z.string().min(1).optional(),
});
export type ActionRequest = z.infer<typeof ActionRequest>;

export type TakenAction = ActionRequest & { readonly id: string; readonly caseId: string; readonly at: string; readonly actorId: string; readonly creditEntryId?: string };

export function isReversal(kind: ActionKind): boolean {
  return actionRules[kind].reverses !== undefined;
}

/** Checks an action against the rules and the case's earlier actions; returns what is wrong, naming the field. */
export function checkAction(request: ActionRequest, earlier: readonly TakenAction[]): { field: string; message: string } | undefined {
  const rule = actionRules[request.kind];
  if (rule.target !== request.target.type) return { field: 'target.type', message: `${request.kind} acts on a ${rule.target}, not a ${request.target.type}` };
  if (!rule.reverses) {
    if (request.reverses) return { field: 'reverses', message: `${request.kind} is not a reversal` };
    const reversed = new Set(earlier.flatMap((a) => (a.reverses ? [a.reverses] : [])));
    const inForce = earlier.find((a) => a.kind === request.kind && a.target.type === request.target.type && a.target.id === request.target.id && !reversed.has(a.id));
    return inForce ? { field: 'kind', message: `${request.kind} is already in force on this target (action ${inForce.id})` } : undefined;
  }
  if (!request.reverses) return { field: 'reverses', message: `${request.kind} must name the action it reverses` };
  const original = earlier.find((a) => a.id === request.reverses);
  if (!original) return { field: 'reverses', message: `no action ${request.reverses} in this case` };
  if (!rule.reverses.includes(original.kind)) return { field: 'reverses', message: `${request.kind} cannot reverse ${original.kind}` };
  if (original.target.type !== request.target.type || original.target.id !== request.target.id) return { field: 'target', message: 'must be the target of the reversed action' };
  if (earlier.some((a) => a.reverses === original.id)) return { field: 'reverses', message: `action ${original.id} was already reversed` };
  return undefined;
}

export type Enforcement = {
  readonly target: { type: ActionTargetType; id: string };
  /** The actions still in force on this target (not reversed), oldest first. */
  readonly inForce: readonly TakenAction[];
};

/** The enforcement in force per target: every action minus those a later action reversed. History is never edited. */
export function enforcementState(actions: readonly TakenAction[]): Enforcement[] {
  const reversed = new Set(actions.flatMap((a) => (a.reverses ? [a.reverses] : [])));
  const byTarget = new Map<string, Enforcement & { inForce: TakenAction[] }>();
  for (const action of actions) {
    const key = `${action.target.type}:${action.target.id}`;
    const entry = byTarget.get(key) ?? { target: action.target, inForce: [] };
    byTarget.set(key, entry);
    if (!isReversal(action.kind) && !reversed.has(action.id)) entry.inForce.push(action);
  }
  return [...byTarget.values()];
}
