import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FeatureConfig } from '../../core/learning/features/entity-features.ts';
import { toyData } from '../../core/learning/gbdt/testing.ts';
import { buildModelFile } from '../../core/learning/model/build-model.ts';
import { LearnerOptions, trainLearner } from '../../core/learning/train-learner.ts';
import { readModelFile, scoresFile, writeModelFile } from './model-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'shoumen-model-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options = LearnerOptions.parse({ gbdt: { maxRounds: 5 } });
const model = buildModelFile(trainLearner(toyData(200, 2, 3, (r) => (r[0]! > 0.5 ? 1 : 0)), options), {
  entityType: 'account', featureConfig: FeatureConfig.parse({}), options, trainedAt: '2026-11-28T00:00:00Z', rows: 200, positives: 100, sources: {},
});

describe('model files', () => {
  it('are written whole and read back equal', async () => {
    const path = join(dir, 'nested', 'model.json');
    await writeModelFile(path, model);
    const read = await readModelFile(path);
    expect(read.ok && read.value).toEqual(model);
  });

  it('are refused with SM_MODEL_INVALID when edited, truncated or not JSON', async () => {
    const path = join(dir, 'model.json');
    await writeModelFile(path, model);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('"entityType":"account"', '"entityType":"merchant"'));
    const edited = await readModelFile(path);
    expect(!edited.ok && edited.error.code).toBe('SM_MODEL_INVALID');
    expect(!edited.ok && edited.error.details?.[0]?.field).toBe('hash');
    writeFileSync(path, text.slice(0, text.length / 2));
    const truncated = await readModelFile(path);
    expect(!truncated.ok && truncated.error.code).toBe('SM_MODEL_INVALID');
    const missing = await readModelFile(join(dir, 'none.json'));
    expect(!missing.ok && missing.error.code).toBe('SM_FILE_UNREADABLE');
  });

  it('write scores as one JSON line each', async () => {
    const sink = scoresFile(join(dir, 'out', 'scores.jsonl'));
    await sink.write([{ entityType: 'account', entityId: 'a', score: 0.5, model: model.id, reasons: [] }]);
    await sink.close();
    expect(readFileSync(sink.path, 'utf8')).toBe(`{"entityType":"account","entityId":"a","score":0.5,"model":"${model.id}","reasons":[]}\n`);
  });
});
