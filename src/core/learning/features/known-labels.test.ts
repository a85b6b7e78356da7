import { describe, expect, it } from 'vitest';
import { at } from '../../detectors/testing/event-factory.ts';
import { featureMatrix } from '../matrix.ts';
import { stratifiedFolds } from '../split-rows.ts';
import { localIds, planFeatures, FeatureConfig } from './entity-features.ts';
import { typeIndex } from './entity-graph.ts';
import { fillKnownLabels, fillKnownLabelsOutOfFold, knownLabelColumns, knownLabelNames, labelsById } from './known-labels.ts';
import { account, prepared } from './testing.ts';

const REVIEW = typeIndex('review');
const review = (id: string) => ({ type: 'review' as const, id });
const item = (id: string) => ({ type: 'item' as const, id });

// Author u1 wrote r1, r2, r3; u2 wrote r4; r1 and r4 are about p1, the others about p2.
const snapshot = prepared(
  [
    ['r1', 'u1', 'p1'],
    ['r2', 'u1', 'p2'],
    ['r3', 'u1', 'p2'],
    ['r4', 'u2', 'p1'],
  ].flatMap(([r, u, p], i) => [
    at(i, 'entity.linked', { a: review(r!), b: account(u!), relation: 'written_by' }),
    at(i, 'entity.linked', { a: review(r!), b: item(p!), relation: 'about' }),
  ]),
);
const ids = ['r1', 'r2', 'r3', 'r4'];
const local = localIds(snapshot, 'review', ids);
const names = ['known.account.labelled', 'known.account.fraud', 'known.account.fraudShare', 'known.item.labelled', 'known.item.fraudShare'];
const columns = (known: Record<string, number>) => {
  const byId = labelsById(4, localIds(snapshot, 'review', Object.keys(known)), Object.values(known));
  return knownLabelColumns(snapshot.graph, REVIEW, names, local, byId).map((c) => Array.from(c));
};

describe('known-label features', () => {
  it('are planned for each type linked to the labelled type', () => {
    expect(knownLabelNames(snapshot.graph, REVIEW)).toEqual(['known.account.labelled', 'known.account.fraud', 'known.account.fraudShare', 'known.item.labelled', 'known.item.fraud', 'known.item.fraudShare']);
    expect(planFeatures(snapshot, 'review', FeatureConfig.parse({}))).toContain('known.item.fraudShare');
    expect(planFeatures(snapshot, 'review', FeatureConfig.parse({ knownLabels: false }))).not.toContain('known.item.fraudShare');
  });

  it("count the other labelled entities through each neighbour, never the entity's own label", () => {
    // r2 is fraud and r3 genuine; r1 shares their author, r4 shares nothing with them.
    const [labelled, fraud, share, itemLabelled, itemShare] = columns({ r2: 1, r3: 0 });
    expect(labelled).toEqual([2, 1, 1, 0]);
    expect(fraud).toEqual([1, 0, 1, 0]);
    expect(share).toEqual([0.5, 0, 1, Number.NaN]);
    expect(itemLabelled).toEqual([0, 1, 1, 0]);
    expect(itemShare).toEqual([Number.NaN, 0, 1, Number.NaN]);
  });

  it('out of fold, give each training row exactly what the labels of the other folds tell', () => {
    const labels = Uint8Array.from([1, 1, 0, 0]);
    const matrix = featureMatrix(names, names.map(() => new Float32Array(4)));
    fillKnownLabelsOutOfFold(matrix, snapshot.graph, REVIEW, local, labels, 2, 7);
    const fold = stratifiedFolds(labels, 2, 7);
    for (let r = 0; r < 4; r += 1) {
      const others = Object.fromEntries(ids.flatMap((id, j) => (fold[j] !== fold[r] ? [[id, labels[j]!]] : [])));
      const expected = columns(others).map((column) => column[r]);
      expect(matrix.columns.map((column) => column[r])).toEqual(expected);
    }
    // With every label known (as at scoring), r1 sees r2 (fraud) and r3 (genuine) through u1, and r4 (genuine) through p1.
    const all = featureMatrix(names, names.map(() => new Float32Array(4)));
    fillKnownLabels(all, snapshot.graph, REVIEW, local, labelsById(4, local, labels));
    expect(all.columns.map((c) => c[0])).toEqual([2, 1, 0.5, 1, 0]);
  });
});
