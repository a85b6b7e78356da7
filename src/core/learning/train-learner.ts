// Trains the whole learner on a feature matrix: the stacked text model where there is text, then early-stopped boosted trees.
import { z } from 'zod';
import { gainImportance } from './explain.ts';
import { GbdtParams } from './gbdt/params.ts';
import { positiveWeightOf, predictRaw, trainGbdt, type BoostingReport, type Gbdt, type LabelledMatrix } from './gbdt/train-gbdt.ts';
import { NgramConfig, type TextDocument } from './linear/hashed-ngrams.ts';
import { fitTextStage, hashTexts, outOfFoldMargins, textStageMargins, type TextStage } from './linear/text-stage.ts';
import { applyMarginScale, fitMarginScale } from './linear/platt-scaling.ts';
import { LogisticParams } from './linear/train-logistic.ts';
import { featureMatrix, selectRows, withColumns, type FeatureMatrix } from './matrix.ts';
import { aucRoc, averagePrecision, logLoss, sigmoid } from './metrics.ts';
import { stratifiedSplit } from './split-rows.ts';

export const TEXT_FEATURE = 'text.linear';

export const LearnerOptions = z.object({
  gbdt: GbdtParams.prefault({}),
  ngram: NgramConfig.prefault({ contextual: true }),
  text: LogisticParams.prefault({}),
  textFolds: z.int().min(2).max(20).default(5),
  /** Share of the labelled rows held out for early stopping when no validation set is given. */
  validationShare: z.number().gt(0).lt(1).default(0.2),
  /** Below this many labels, refit on all of them after early stopping; above, the held-out share costs little and a refit doubles the time. */
  refitBelowRows: z.int().min(0).default(200_000),
});
export type LearnerOptions = z.infer<typeof LearnerOptions>;

export type LearnerInput = LabelledMatrix & { readonly texts?: readonly TextDocument[] };

export type ValidationReport = { rows: number; positives: number; aucRoc: number | null; averagePrecision: number | null; logLoss: number | null };

export type TrainedLearner = {
  /** Tree inputs in order, TEXT_FEATURE last when there is a text stage. */
  readonly features: readonly string[];
  readonly gbdt: Gbdt;
  readonly text: TextStage | undefined;
  /** The trees start from the text stage's margin (which is added to their output), rather than from the prior odds. */
  readonly textOffset: boolean;
  readonly importance: { feature: string; gain: number }[];
  readonly boosting: BoostingReport;
  readonly validation: ValidationReport;
};

function informativeColumns(matrix: FeatureMatrix): number[] {
  const keep: number[] = [];
  matrix.columns.forEach((column, f) => {
    let first: number | undefined;
    for (const v of column) {
      if (v !== v) continue;
      if (first === undefined) first = v;
      else if (v !== first) {
        keep.push(f);
        return;
      }
    }
  });
  return keep;
}

const pick = (input: LearnerInput, rows: Int32Array): LearnerInput => ({
  matrix: selectRows(input.matrix, rows),
  labels: Uint8Array.from(rows, (r) => input.labels[r]!),
  ...(input.texts ? { texts: Array.from(rows, (r) => input.texts![r]!) } : {}),
});

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

type Fitted = {
  features: readonly string[];
  gbdt: Gbdt;
  text: TextStage | undefined;
  boosting: BoostingReport;
  validMatrix: FeatureMatrix | undefined;
  validOffset: Float64Array | undefined;
};

/** One fit: informative columns of `train`, the stacked text stage, then the trees (early-stopped on `valid` when given). */
function fit(train: LearnerInput, valid: LearnerInput | undefined, options: LearnerOptions): Fitted {
  // Constant columns are dropped on the training rows, so the model lists only what it can use.
  const keep = informativeColumns(train.matrix);
  const names = keep.map((f) => train.matrix.names[f]!);
  let trainMatrix = featureMatrix(names, keep.map((f) => train.matrix.columns[f]!));
  let validMatrix = valid ? featureMatrix(names, keep.map((f) => valid.matrix.columns[f]!)) : undefined;
  let text: TextStage | undefined;
  let offset: Float64Array | undefined;
  let validOffset: Float64Array | undefined;
  if (train.texts) {
    const positiveWeight = positiveWeightOf(train.labels, options.gbdt.positiveWeight);
    const rows = hashTexts(train.texts, options.ngram);
    const raw = outOfFoldMargins(rows, train.labels, options.textFolds, options.ngram, options.text, positiveWeight);
    const calibration = fitMarginScale(raw, train.labels, positiveWeight);
    const oof = applyMarginScale(raw, calibration);
    text = { ...fitTextStage(rows, train.labels, options.ngram, options.text, positiveWeight), calibration };
    trainMatrix = withColumns(trainMatrix, [TEXT_FEATURE], [Float32Array.from(oof)]);
    offset = oof;
    if (validMatrix && valid?.texts) {
      validOffset = textStageMargins(text, hashTexts(valid.texts, options.ngram));
      validMatrix = withColumns(validMatrix, [TEXT_FEATURE], [Float32Array.from(validOffset)]);
    }
  }
  if (trainMatrix.names.length === 0) throw new RangeError('no informative feature: every column is constant on the training rows');
  // Boosting from the text margin (stacking by offset): trees only add what the text model misses, and early stopping
  // can keep none of them, so a strong text model is never made worse by trees fitted to a few hundred rows.
  const validation = valid && validMatrix ? { matrix: validMatrix, labels: valid.labels, ...(validOffset ? { offset: validOffset } : {}) } : undefined;
  const { model, report } = trainGbdt({ matrix: trainMatrix, labels: train.labels, ...(offset ? { offset } : {}) }, options.gbdt, validation);
  return { features: trainMatrix.names, gbdt: model, text, boosting: report, validMatrix, validOffset };
}

function validationReport(fitted: Fitted, labels: Uint8Array): ValidationReport {
  const raw = predictRaw(fitted.gbdt, fitted.validMatrix!, fitted.validOffset);
  let positives = 0;
  for (const y of labels) positives += y;
  return {
    rows: labels.length,
    positives,
    aucRoc: finite(aucRoc(labels, raw)),
    averagePrecision: finite(averagePrecision(labels, raw)),
    logLoss: finite(logLoss(labels, Float64Array.from(raw, sigmoid))),
  };
}

/**
 * With a validation set given (a published split), trains on `input` and stops early on it. Otherwise holds out a
 * stratified share to learn how many rounds to keep and to report held-out quality, then (for small label sets) refits
 * on every label with the rounds scaled to the larger set: labels are scarce, and the held-out ones are decisions too.
 */
export function trainLearner(input: LearnerInput, options: LearnerOptions, validationInput?: LearnerInput): TrainedLearner {
  if (validationInput) {
    const fitted = fit(input, validationInput, options);
    return finish(fitted, validationReport(fitted, validationInput.labels));
  }
  const { first, second } = stratifiedSplit(input.labels, 1 - options.validationShare, options.gbdt.seed);
  const valid = pick(input, second);
  const probe = fit(pick(input, first), valid, options);
  if (input.labels.length >= options.refitBelowRows) return finish(probe, validationReport(probe, valid.labels));
  const rounds = Math.round(probe.boosting.bestRounds / (1 - options.validationShare));
  const full = fit(input, undefined, { ...options, gbdt: { ...options.gbdt, maxRounds: rounds } });
  return finish({ ...full, boosting: { ...full.boosting, bestValidation: probe.boosting.bestValidation } }, validationReport(probe, valid.labels));
}

function finish(fitted: Fitted, validation: ValidationReport): TrainedLearner {
  return {
    features: fitted.features,
    gbdt: fitted.gbdt,
    text: fitted.text,
    textOffset: fitted.text !== undefined,
    importance: gainImportance(fitted.gbdt, fitted.features),
    boosting: fitted.boosting,
    validation,
  };
}
