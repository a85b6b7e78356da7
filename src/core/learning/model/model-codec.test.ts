import { describe, expect, it } from 'vitest';
import { GbdtParams } from '../gbdt/params.ts';
import { toyData } from '../gbdt/testing.ts';
import { predictRaw } from '../gbdt/train-gbdt.ts';
import { LearnerOptions, trainLearner } from '../train-learner.ts';
import { FeatureConfig } from '../features/entity-features.ts';
import { buildModelFile, loadModel } from './build-model.ts';
import { openModel, sealModel } from './model-codec.ts';

describe('model files', () => {
  const data = toyData(300, 3, 31, (row) => (row[0]! > 0.5 ? 1 : 0));
  const options = LearnerOptions.parse({ gbdt: GbdtParams.parse({ maxRounds: 20 }) });
  const learner = trainLearner(data, options);
  const context = {
    entityType: 'account' as const,
    featureConfig: FeatureConfig.parse({}),
    options,
    trainedAt: '2026-11-28T00:00:00.000Z',
    rows: 300,
    positives: 150,
    sources: { events: 'events.jsonl', labels: ['labels.csv'] },
  };
  const file = buildModelFile(learner, context);

  it('round-trip through JSON and score exactly as the model in memory', () => {
    const opened = openModel(JSON.parse(JSON.stringify(file)));
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.value.id).toBe(file.id);
    expect(Array.from(predictRaw(loadModel(opened.value).gbdt, data.matrix))).toEqual(Array.from(predictRaw(learner.gbdt, data.matrix)));
  });

  it('are named by their content: the same training gives the same id, a different one another', () => {
    const again = buildModelFile(trainLearner(data, options), context);
    expect(again.id).toBe(file.id);
    expect(file.id).toMatch(/^gbdt-[0-9a-f]{12}$/);
    const other = buildModelFile(learner, { ...context, entityType: 'review' });
    expect(other.id).not.toBe(file.id);
  });

  it('refuse an edited model, naming the hash', () => {
    const edited = JSON.parse(JSON.stringify(file)) as typeof file;
    edited.gbdt.trees[0]!.value[1] = 5;
    const opened = openModel(edited);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error[0]!.field).toBe('hash');
    const broken = openModel({ ...file, features: 'x' });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error.map((e) => e.field)).toContain('features');
  });

  it('open a file written before textOffset existed, and refuse an offset with no text model to give it', () => {
    const { id: _id, hash: _hash, ...content } = file;
    const { textOffset: _offset, ...olderGbdt } = content.gbdt;
    expect(openModel(JSON.parse(JSON.stringify(sealModel({ ...content, gbdt: olderGbdt })))).ok).toBe(true);
    const offsetAlone = openModel(JSON.parse(JSON.stringify(sealModel({ ...content, gbdt: { ...content.gbdt, textOffset: true } }))));
    expect(offsetAlone.ok).toBe(false);
    if (!offsetAlone.ok) expect(offsetAlone.error[0]!.field).toBe('gbdt.textOffset');
  });

  it('open files written before band-tagged n-grams, margin scaling and known-label features: parsing adds no default', () => {
    const texts = Array.from({ length: 300 }, (_, r) => ({ text: data.labels[r] ? '好评返现 加微信' : '物流很快 包装完好', context: 'praise' }));
    const withText = buildModelFile(trainLearner({ ...data, texts }, options), context);
    expect(withText.text?.ngram.contextual).toBe(true);
    const { id: _id, hash: _hash, ...content } = JSON.parse(JSON.stringify(withText)) as typeof withText;
    const { contextual: _contextual, ...olderNgram } = content.text!.ngram;
    const { scale: _scale, shift: _shift, ...olderText } = content.text!;
    const { knownLabels: _known, ...olderFeatures } = content.featureConfig;
    const older = JSON.parse(JSON.stringify(sealModel({ ...content, featureConfig: olderFeatures, text: { ...olderText, ngram: olderNgram } }))) as typeof withText;
    const opened = openModel(older);
    expect(opened.ok).toBe(true);
    if (opened.ok) expect(opened.value.text).not.toHaveProperty('scale');
  });
});
