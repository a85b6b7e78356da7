// Turns a trained learner into a sealed model file, and a model file back into what scoring runs.
import type { EntityType } from '../../events/primitives.ts';
import type { FeatureConfig } from '../features/entity-features.ts';
import type { Gbdt } from '../gbdt/train-gbdt.ts';
import { textStageFromJson, textStageToJson, type TextStage } from '../linear/text-stage.ts';
import type { LearnerOptions, TrainedLearner } from '../train-learner.ts';
import { gbdtFromFile, sealModel, treeToJson } from './model-codec.ts';
import type { ModelFile, TrainingMetadata } from './model-schema.ts';

export type ModelContext = {
  readonly entityType: EntityType;
  readonly featureConfig: FeatureConfig;
  readonly options: LearnerOptions;
  readonly trainedAt: string;
  readonly rows: number;
  readonly positives: number;
  readonly sources: TrainingMetadata['sources'];
};

export function buildModelFile(learner: TrainedLearner, context: ModelContext): ModelFile {
  return sealModel({
    format: 'shoumen-model',
    version: 1,
    entityType: context.entityType,
    features: [...learner.features],
    featureConfig: context.featureConfig,
    gbdt: { params: context.options.gbdt, baseScore: learner.gbdt.baseScore, textOffset: learner.textOffset, trees: learner.gbdt.trees.map(treeToJson) },
    text: learner.text ? textStageToJson(learner.text, context.options.textFolds) : null,
    importance: learner.importance.slice(0, 50),
    training: {
      trainedAt: context.trainedAt,
      rows: context.rows,
      positives: context.positives,
      rounds: learner.boosting.rounds,
      bestRounds: learner.boosting.bestRounds,
      positiveWeight: learner.boosting.positiveWeight,
      validation: learner.validation,
      sources: context.sources,
    },
  });
}

/** A model ready to score: the file (for its id and feature list) and its learners rebuilt from it. */
export type LoadedModel = { readonly file: ModelFile; readonly gbdt: Gbdt; readonly text: TextStage | undefined };

export const loadModel = (file: ModelFile): LoadedModel => ({
  file,
  gbdt: gbdtFromFile(file),
  text: file.text ? textStageFromJson(file.text) : undefined,
});
