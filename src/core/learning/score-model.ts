// Scores entities with a loaded model: the text stage's margin joins the feature matrix, trees give log-odds, paths give reasons.
import { explainRows, type RowExplanation } from './explain.ts';
import { predictRaw } from './gbdt/train-gbdt.ts';
import { hashTexts, textStageMargins } from './linear/text-stage.ts';
import type { TextDocument } from './linear/hashed-ngrams.ts';
import { alignColumns, withColumns, type FeatureMatrix } from './matrix.ts';
import { sigmoid } from './metrics.ts';
import type { LoadedModel } from './model/build-model.ts';
import { TEXT_FEATURE } from './train-learner.ts';

export type ModelScores = {
  /** Probability-like score in 0..1 per row (class weighting shifts it: rank by it, threshold with care). */
  readonly scores: Float64Array;
  readonly logOdds: Float64Array;
  /** Top contributions per row, feature indices into `features`; empty when no explanation was asked. */
  readonly reasons: RowExplanation[][];
  readonly features: readonly string[];
};

/** `matrix` holds the model's non-text features (any order, extra columns ignored); `texts` is needed when the model has a text stage. */
export function scoreWithModel(model: LoadedModel, matrix: FeatureMatrix, texts: readonly TextDocument[] | undefined, topReasons: number): ModelScores {
  const features = model.file.features;
  let input = alignColumns(matrix, features.filter((f) => f !== TEXT_FEATURE));
  let offset: { feature: number; values: Float64Array } | undefined;
  if (model.text) {
    const margins = textStageMargins(model.text, hashTexts(texts ?? Array.from({ length: matrix.rows }, () => ({ text: '' })), model.text.ngram));
    input = withColumns(input, [TEXT_FEATURE], [Float32Array.from(margins)]);
    if (model.file.gbdt.textOffset) offset = { feature: features.indexOf(TEXT_FEATURE), values: margins };
  }
  input = alignColumns(input, features);
  const logOdds = predictRaw(model.gbdt, input, offset?.values);
  return {
    scores: Float64Array.from(logOdds, sigmoid),
    logOdds,
    reasons: topReasons > 0 ? explainRows(model.gbdt, input, topReasons, offset) : [],
    features,
  };
}
