// Simulator options: one zod schema with defaults, so `simulate` with no flags yields every attack pattern several times.
import { z } from 'zod';

const range = (min: number, max: number) =>
  z.object({ min: z.number().min(0), max: z.number().min(0) })
    .refine((r) => r.min <= r.max, { message: 'min must not exceed max' })
    .default({ min, max });
export type Range = { readonly min: number; readonly max: number };

const share = (value: number) => z.number().min(0).max(1).default(value);
const count = (value: number) => z.int().min(0).default(value);

/** Attack names accepted by `--attacks`; each is also the truth `pattern` it writes (subsidy_abuse writes insider_collusion too). */
export const attackNames = [
  'brushing_ring', 'account_farm', 'scripted_sessions', 'template_reviews', 'review_for_reward',
  'fake_logistics', 'subsidy_abuse', 'extortion_reviews', 'contact_spam',
] as const;
export const AttackName = z.enum(attackNames);
export type AttackName = z.infer<typeof AttackName>;

const attackOptions = z.object({
  brushing_ring: z.object({
    count: count(4), members: range(8, 16), windowDays: range(3, 6), itemsPerRing: range(2, 4),
    /** Orders per member on the target shop over the window. */
    strength: z.number().min(0).default(3),
    /** Extra orders on popular items of other shops, per ring order. */
    camouflage: share(0.35),
    /** Share of rings run on hijacked old accounts instead of fresh ones. */
    hijackedShare: share(0.5),
    reviewRate: share(0.9),
  }).prefault({}),
  account_farm: z.object({
    count: count(3), accounts: range(30, 60), devices: range(3, 6), activeDays: range(4, 8),
    burstMinutes: z.number().positive().default(90),
    lockstepSeconds: z.number().min(0).default(20),
    /** Share of farm accounts ordering from the client shop in each daily batch. */
    strength: share(0.5),
    virtualPhoneShare: share(0.8), emulatorShare: share(0.6), automationShare: share(0.5),
    /** Share of farm batches that are plain browsing (account warming, 养号) instead of orders. */
    camouflage: share(0.3),
  }).prefault({}),
  scripted_sessions: z.object({
    count: count(4), workers: range(15, 30), tasksPerDay: range(3, 8), days: range(4, 8),
    dwellSeconds: range(300, 420),
    /** Share of tasks that browse competitor items first (货比三家). */
    camouflage: share(0.6),
    reviewRate: share(0.85),
  }).prefault({}),
  template_reviews: z.object({
    count: count(3), reviewers: range(12, 25), windowDays: range(4, 8), templates: range(2, 3), photoPool: range(3, 6),
    reviewDelayHours: z.number().positive().default(24),
    delayJitterMinutes: z.number().min(0).default(30),
    /** Share of template reviews that carry reused photos. */
    strength: share(0.8),
    camouflage: share(0.3),
  }).prefault({}),
  review_for_reward: z.object({
    count: count(4),
    /** Share of the shop's genuine orders that receive a cashback lure. */
    cardShare: share(0.6),
    /** Share of lured buyers who post five stars and take the cashback. */
    strength: share(0.45),
    cashbackFen: range(300, 1_000), officers: range(5, 10), commissionFen: range(500, 2_000),
    camouflage: share(0.2),
  }).prefault({}),
  fake_logistics: z.object({
    count: count(3), orders: range(15, 40), buyers: range(6, 12), windowDays: range(5, 10),
    trackingReuse: range(2, 4), weightGrams: range(5, 45), tokenPriceFen: range(1, 100),
    strength: share(1),
    /** Share of the scheme's buyers that also shop normally. */
    camouflage: share(0.5),
  }).prefault({}),
  subsidy_abuse: z.object({
    merchants: range(2, 3), colluders: range(6, 12), ordersPerColluder: range(3, 6), windowDays: range(4, 7),
    /** Subsidy as a share of the order amount. */
    strength: range(0.4, 0.8),
    merchantGrants: range(2, 4), grantFen: range(50_000, 200_000), overrides: range(5, 15),
    camouflage: share(0.3),
  }).prefault({}),
  extortion_reviews: z.object({
    count: count(3), shops: range(6, 12), burstDays: range(2, 4),
    /** Share of victim shops that pay. */
    strength: share(0.6),
    paymentFen: range(5_000, 30_000), editShare: share(0.5),
    camouflage: share(0.3),
  }).prefault({}),
  contact_spam: z.object({
    count: count(3), listings: range(3, 6), accounts: range(4, 8), reviewsPerAccount: range(4, 8),
    strength: share(1),
    camouflage: share(0.3),
  }).prefault({}),
}).prefault({});
export type AttackOptions = z.infer<typeof attackOptions>;

const normalOptions = z.object({
  /** Median sessions per account per day; activity is log-normal across accounts (a few heavy shoppers). */
  sessionRateMedian: z.number().positive().default(0.3),
  sessionRateSigma: z.number().min(0).default(1),
  orderProbability: share(0.26),
  reviewProbability: share(0.45),
  cancelRate: share(0.03),
  refundRate: share(0.04),
  priceChangeRate: share(0.02),
  chatRate: share(0.08),
  /** Zipf exponent of shop popularity. */
  merchantZipf: z.number().positive().default(1.1),
  itemZipf: z.number().positive().default(0.9),
  /** Share of shops running one promotion in the period; a promotion multiplies the shop's demand. */
  promotionShare: share(0.12),
  promotionLift: z.number().min(1).default(4),
  /** Share of accounts and shops that register inside the simulated period. */
  newAccountShare: share(0.04),
  newMerchantShare: share(0.03),
  operators: z.int().min(2).default(8),
}).prefault({});
export type NormalOptions = z.infer<typeof normalOptions>;

export const SimulationOptions = z.object({
  seed: z.int().default(1),
  /** First simulated day (local date, +08:00). */
  start: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-01').default('2026-11-01'),
  days: z.int().min(1).max(3_660).default(30),
  accounts: z.int().min(200).default(5_000),
  merchants: z.int().min(30).default(300),
  /** Multiplies accounts, merchants and attack counts. */
  scale: z.number().positive().default(1),
  tenant: z.string().min(1).optional(),
  attacks: z.array(AttackName).default([...attackNames]),
  normal: normalOptions,
  attack: attackOptions,
});
export type SimulationOptions = z.infer<typeof SimulationOptions>;
export type SimulationOptionsInput = z.input<typeof SimulationOptions>;

/** Parses `--attacks`: a comma list of names, `all` or `none`; `insider_collusion` is an alias of subsidy_abuse. */
export function parseAttackList(text: string): { ok: true; value: AttackName[] } | { ok: false; error: string } {
  const trimmed = text.trim();
  if (trimmed === 'all' || trimmed === '') return { ok: true, value: [...attackNames] };
  if (trimmed === 'none') return { ok: true, value: [] };
  const names = new Set<AttackName>();
  for (const raw of trimmed.split(',')) {
    const name = raw.trim() === 'insider_collusion' ? 'subsidy_abuse' : raw.trim();
    const parsed = AttackName.safeParse(name);
    if (!parsed.success) return { ok: false, error: `unknown attack "${raw.trim()}"; known: ${attackNames.join(', ')}, all, none` };
    names.add(parsed.data);
  }
  return { ok: true, value: [...names] };
}

/** Small and fast: every attack on, a few seconds to generate; the server's demo uses it. */
export const demoOptions: SimulationOptionsInput = {
  seed: 7,
  days: 14,
  accounts: 1_500,
  merchants: 100,
};

export function parseOptions(input: SimulationOptionsInput): SimulationOptions {
  return SimulationOptions.parse(input);
}

/** A count scaled by `--scale`, at least one when the base count is positive. */
export function scaled(base: number, scale: number): number {
  if (base <= 0) return 0;
  return Math.max(1, Math.round(base * scale));
}
