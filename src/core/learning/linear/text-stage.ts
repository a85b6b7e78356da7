// The text learner as one stage of the model: hashed n-grams → TF-IDF → logistic regression, and its out-of-fold margins for stacking.
import type { TextModelJson } from '../model/model-schema.ts';
import { stratifiedFolds } from '../split-rows.ts';
import { hashedCounts, type NgramConfig, type TextDocument } from './hashed-ngrams.ts';
import { inverseDocumentFrequency, selectSparseRows, sparseRows, tfidf, type SparseRows } from './sparse-rows.ts';
import { applyMarginScale, IDENTITY_SCALE, type MarginScale } from './platt-scaling.ts';
import { logisticMargins, trainLogistic, type LogisticModel, type LogisticParams } from './train-logistic.ts';

export type TextStage = {
  readonly ngram: NgramConfig;
  readonly params: LogisticParams;
  readonly idf: Float32Array;
  readonly model: LogisticModel;
  /** Applied to every margin the stage gives (`platt-scaling.ts`); the identity until the learner fits it. */
  readonly calibration: MarginScale;
};

export const hashTexts = (documents: readonly TextDocument[], ngram: NgramConfig): SparseRows => sparseRows(documents.map((d) => hashedCounts(d, ngram)));

export function fitTextStage(rows: SparseRows, labels: Uint8Array, ngram: NgramConfig, params: LogisticParams, positiveWeight: number): TextStage {
  const buckets = 1 << ngram.bucketsLog2;
  const idf = inverseDocumentFrequency(rows, buckets);
  const model = trainLogistic(tfidf(rows, idf), labels, buckets, params, positiveWeight);
  return { ngram, params, idf, model, calibration: IDENTITY_SCALE };
}

export const textStageMargins = (stage: TextStage, rows: SparseRows): Float64Array => applyMarginScale(logisticMargins(stage.model, tfidf(rows, stage.idf)), stage.calibration);

/**
 * Margins each training row gets from a model that did not see it (Wolpert's stacked generalisation): feeding the trees
 * in-sample margins would teach them to trust the text model far more than it deserves on new reviews.
 */
export function outOfFoldMargins(
  rows: SparseRows,
  labels: Uint8Array,
  folds: number,
  ngram: NgramConfig,
  params: LogisticParams,
  positiveWeight: number,
): Float64Array {
  const fold = stratifiedFolds(labels, folds, params.seed);
  const out = new Float64Array(rows.rows);
  for (let k = 0; k < folds; k += 1) {
    const inside = Int32Array.from(fold.keys()).filter((r) => fold[r] !== k);
    const outside = Int32Array.from(fold.keys()).filter((r) => fold[r] === k);
    const stage = fitTextStage(selectSparseRows(rows, inside), Uint8Array.from(inside, (r) => labels[r]!), ngram, params, positiveWeight);
    textStageMargins(stage, selectSparseRows(rows, outside)).forEach((m, i) => (out[outside[i]!] = m));
  }
  return out;
}

/** Keeps only buckets seen in training: the others have no IDF, so they drop out of TF-IDF and of the margin alike. */
export function textStageToJson(stage: TextStage, folds: number): TextModelJson {
  const buckets: number[] = [];
  const idf: number[] = [];
  const weights: number[] = [];
  stage.model.weights.forEach((w, b) => {
    if (w === 0 && stage.idf[b] === 0) return;
    buckets.push(b);
    idf.push(stage.idf[b]!);
    weights.push(w);
  });
  const { scale, shift } = stage.calibration;
  return { ngram: stage.ngram, params: stage.params, bias: stage.model.bias, buckets, idf, weights, folds, ...(scale === 1 && shift === 0 ? {} : { scale, shift }) };
}

export function textStageFromJson(json: TextModelJson): TextStage {
  const size = 1 << json.ngram.bucketsLog2;
  const idf = new Float32Array(size);
  const weights = new Float32Array(size);
  json.buckets.forEach((b, i) => {
    idf[b] = json.idf[i]!;
    weights[b] = json.weights[i]!;
  });
  return { ngram: json.ngram, params: json.params, idf, model: { weights, bias: json.bias }, calibration: { scale: json.scale ?? 1, shift: json.shift ?? 0 } };
}
