import { describe, expect, it } from 'vitest';
import { loadModel } from '../core/learning/model/build-model.ts';
import { aucRoc } from '../core/learning/metrics.ts';
import type { LearnedScore } from '../core/learning/learned-score.ts';
import { FusionConfig } from '../core/scoring/fuse.ts';
import { learningFixture, memorySource, nullRejects } from './learning-fixture.ts';
import { scoreEntities } from './score-entities.ts';
import { trainModel } from './train-model.ts';

const clock = { now: () => new Date('2026-11-28T00:00:00Z') };
const deps = { detectors: [], fusion: FusionConfig.parse({}), clock };
const fixture = learningFixture();
const events = () => ({ source: memorySource(fixture.events), rejects: nullRejects() });

async function scoreAll(model: Parameters<typeof loadModel>[0]): Promise<LearnedScore[]> {
  const lines: LearnedScore[] = [];
  await scoreEntities({ events: events(), model: loadModel(model), topReasons: 2 }, { ...deps, sink: { write: (batch) => Promise.resolve(void lines.push(...batch)) } });
  return lines;
}

describe('train and score', () => {
  it('learns accounts from half the labels and ranks the other half, naming the model and the features', async () => {
    const train = fixture.accounts.filter((_, i) => i % 2 === 0);
    const test = fixture.accounts.filter((_, i) => i % 2 === 1);
    const trained = await trainModel({ events: events(), labels: train, entityType: 'account', labelSources: ['test'], options: { gbdt: { minDataInLeaf: 3 } } }, deps);
    expect(trained.ok).toBe(true);
    if (!trained.ok) return;
    const { model, stats } = trained.value;
    expect(stats.matched).toBe(train.length);
    expect(model.entityType).toBe('account');
    expect(model.features).toContain('n1.device:deg.account.max');
    const scores = await scoreAll(model);
    expect(scores).toHaveLength(fixture.accounts.length);
    expect(scores.every((s) => s.model === model.id && s.reasons.length <= 2)).toBe(true);
    const byId = new Map(scores.map((s) => [s.entityId, s.score]));
    expect(aucRoc(test.map((l) => l.label), test.map((l) => byId.get(l.entityId)!))).toBeGreaterThan(0.95);
    expect(scores[0]!.reasons[0]!.contribution).toBeGreaterThan(0);
  });

  it('stacks a text model for reviews', async () => {
    const train = fixture.reviews.filter((_, i) => i % 2 === 0);
    const trained = await trainModel({ events: events(), labels: train, entityType: 'review', labelSources: ['test'], options: { gbdt: { minDataInLeaf: 3 } } }, deps);
    expect(trained.ok).toBe(true);
    if (!trained.ok) return;
    expect(trained.value.model.text).not.toBeNull();
    expect(trained.value.model.features).toContain('text.linear');
    const scores = await scoreAll(trained.value.model);
    const test = fixture.reviews.filter((_, i) => i % 2 === 1);
    const byId = new Map(scores.map((s) => [s.entityId, s.score]));
    expect(aucRoc(test.map((l) => l.label), test.map((l) => byId.get(l.entityId)!))).toBeGreaterThan(0.95);
  });

  it('counts labels whose entity is not in the events, and refuses a single class as an error value', async () => {
    const labels = [...fixture.accounts.filter((l) => l.label === 0), { entityType: 'account' as const, entityId: 'nobody', label: 1 as const }];
    const trained = await trainModel({ events: events(), labels, entityType: 'account', labelSources: ['test'] }, deps);
    expect(trained.ok).toBe(false);
    if (!trained.ok) expect(trained.error.code).toBe('SM_TRAINING_DATA');
  });

  it('lets a later analyst decision override a file label', async () => {
    const flipped = fixture.accounts.map((l) => ({ ...l, at: '' }));
    const decisions = fixture.accounts.map((l) => ({ ...l, label: (1 - l.label) as 0 | 1, source: 'case:c1', at: '2026-11-20T00:00:00Z' }));
    const trained = await trainModel({ events: events(), labels: [...flipped, ...decisions], entityType: 'account', labelSources: ['test'], options: { gbdt: { minDataInLeaf: 3 } } }, deps);
    expect(trained.ok).toBe(true);
    if (!trained.ok) return;
    const byId = new Map((await scoreAll(trained.value.model)).map((s) => [s.entityId, s.score]));
    // The decisions say honest buyers are the fraud: the model follows the decisions.
    expect(aucRoc(fixture.accounts.map((l) => l.label), fixture.accounts.map((l) => byId.get(l.entityId)!))).toBeLessThan(0.1);
  });
});
