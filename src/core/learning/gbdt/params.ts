// Hyper-parameters of the boosted trees, with the defaults of common practice (LightGBM's, where they apply).
import { z } from 'zod';

export const GbdtParams = z.object({
  /** 0 keeps no tree (the text model alone, when there is one). */
  maxRounds: z.int().min(0).max(100_000).default(500),
  learningRate: z.number().positive().max(1).default(0.05),
  /** Best-first growth stops at this many leaves. */
  maxLeaves: z.int().min(2).max(4096).default(31),
  /** 0 = no depth limit beyond maxLeaves. */
  maxDepth: z.int().min(0).max(64).default(8),
  minDataInLeaf: z.int().min(1).default(20),
  /** Minimum sum of hessians in a child (XGBoost's min_child_weight). */
  minChildWeight: z.number().min(0).default(1e-3),
  /** L2 penalty on leaf values (XGBoost's lambda). */
  lambda: z.number().min(0).default(1),
  /** A split must improve the objective by at least this much (XGBoost's gamma). */
  minSplitGain: z.number().min(0).default(0),
  /** Share of rows drawn (without replacement) for each tree. */
  rowSample: z.number().gt(0).max(1).default(0.8),
  /** Share of features drawn for each tree. */
  featureSample: z.number().gt(0).max(1).default(0.8),
  /** Weight of a positive row: 'balanced' gives each class half the total weight, or a fixed number. */
  positiveWeight: z.union([z.literal('balanced'), z.number().positive()]).default('balanced'),
  /** Stop when the validation measure has not improved for this many rounds. */
  earlyStoppingRounds: z.int().min(1).default(50),
  /**
   * Log loss, as LightGBM and XGBoost default to for binary targets: a proper scoring rule that moves with every
   * row's probability, where AUC-ROC moves only when a pair swaps and jumps about on small validation sets (amazon's
   * 20% holds about 55 fraud; early stopping on AUC kept 18 to 163 trees across seeds there).
   */
  earlyStoppingMetric: z.enum(['logloss', 'auc']).default('logloss'),
  maxBins: z.int().min(2).max(255).default(255),
  seed: z.int().default(7),
});
export type GbdtParams = z.infer<typeof GbdtParams>;
export type GbdtParamsInput = z.input<typeof GbdtParams>;
