// The model file (format shoumen-model, version 1): features, hyper-parameters, trees, text weights, training metadata.
import { z } from 'zod';
import { EntityType } from '../../events/primitives.ts';
import { FeatureConfig } from '../features/entity-features.ts';
import { GbdtParams } from '../gbdt/params.ts';
import { NgramConfig } from '../linear/hashed-ngrams.ts';
import { LogisticParams } from '../linear/train-logistic.ts';

export const MODEL_FORMAT = 'shoumen-model';
export const MODEL_VERSION = 1;

const ints = z.array(z.int());
const numbers = z.array(z.number());

export const TreeJson = z.object({
  feature: ints,
  threshold: numbers,
  missingLeft: z.array(z.union([z.literal(0), z.literal(1)])),
  left: ints,
  right: ints,
  value: numbers,
  gain: numbers,
  cover: numbers,
});
export type TreeJson = z.infer<typeof TreeJson>;

/** Hashed n-gram logistic regression: only buckets with a weight are stored, with their IDF. */
export const TextModelJson = z.object({
  ngram: NgramConfig,
  params: LogisticParams,
  bias: z.number(),
  buckets: ints,
  idf: numbers,
  weights: numbers,
  /** Out-of-fold folds used to make the stacked feature for the trees. */
  folds: z.int().min(2),
  /** Platt scaling of the margin (absent in models written before it: 1 and 0). */
  scale: z.number().positive().optional(),
  shift: z.number().optional(),
});
export type TextModelJson = z.infer<typeof TextModelJson>;

export const ValidationMetrics = z.object({
  rows: z.int(),
  positives: z.int(),
  aucRoc: z.number().nullable(),
  averagePrecision: z.number().nullable(),
  logLoss: z.number().nullable(),
});

export const TrainingMetadata = z.object({
  trainedAt: z.string(),
  rows: z.int(),
  positives: z.int(),
  rounds: z.int(),
  bestRounds: z.int(),
  positiveWeight: z.number(),
  validation: ValidationMetrics.nullable(),
  /** Where the events and labels came from, tenants, detectors that fed the signal features, elapsed time. */
  sources: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
});
export type TrainingMetadata = z.infer<typeof TrainingMetadata>;

export const ModelFile = z.object({
  format: z.literal(MODEL_FORMAT),
  version: z.literal(MODEL_VERSION),
  /** gbdt-<first 12 hex of hash>: what every score names as the model that made it. */
  id: z.string().regex(/^gbdt-[0-9a-f]{12}$/),
  /** sha256 of the canonical JSON of every other field. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  entityType: EntityType,
  /** Inputs of the trees, in order; "text.linear" is the stacked text model's log-odds. */
  features: z.array(z.string()).min(1),
  featureConfig: FeatureConfig,
  /**
   * `textOffset`: the text model's log-odds is added to the trees' output (the trees were boosted from it). Absent in
   * files written before it existed, which scored the text model only as a tree input: absent means false.
   */
  gbdt: z.object({ params: GbdtParams, baseScore: z.number(), textOffset: z.boolean().optional(), trees: z.array(TreeJson) }),
  text: TextModelJson.nullable(),
  /** Total split gain per feature, largest first. */
  importance: z.array(z.object({ feature: z.string(), gain: z.number() })),
  training: TrainingMetadata,
});
export type ModelFile = z.infer<typeof ModelFile>;
