// Between in-memory learners and the model file: typed arrays ↔ JSON arrays, and the content hash that names a model.
import { createHash } from 'node:crypto';
import { err, ok, type Result } from '../../result.ts';
import type { Gbdt } from '../gbdt/train-gbdt.ts';
import type { Tree } from '../gbdt/tree.ts';
import { canonicalJson } from './canonical-json.ts';
import { ModelFile, type TreeJson } from './model-schema.ts';

export const treeToJson = (tree: Tree): TreeJson => ({
  feature: Array.from(tree.feature),
  threshold: Array.from(tree.threshold),
  missingLeft: Array.from(tree.missingLeft, (m) => (m === 1 ? 1 : 0)),
  left: Array.from(tree.left),
  right: Array.from(tree.right),
  value: Array.from(tree.value),
  gain: Array.from(tree.gain),
  cover: Array.from(tree.cover),
});

export const treeFromJson = (json: TreeJson): Tree => ({
  feature: Int32Array.from(json.feature),
  threshold: Float64Array.from(json.threshold),
  bin: new Int32Array(json.feature.length),
  missingLeft: Uint8Array.from(json.missingLeft),
  left: Int32Array.from(json.left),
  right: Int32Array.from(json.right),
  value: Float64Array.from(json.value),
  gain: Float64Array.from(json.gain),
  cover: Float64Array.from(json.cover),
});

export const gbdtFromFile = (model: ModelFile): Gbdt => ({ baseScore: model.gbdt.baseScore, trees: model.gbdt.trees.map(treeFromJson) });

export function contentHash(content: Omit<ModelFile, 'id' | 'hash'>): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/** Seals a model: its hash over everything else, and the id derived from it. */
export function sealModel(content: Omit<ModelFile, 'id' | 'hash'>): ModelFile {
  const hash = contentHash(content);
  return { ...content, id: `gbdt-${hash.slice(0, 12)}`, hash };
}

export type ModelProblem = { readonly field: string; readonly message: string };

/** Parses a model file and checks its hash, so a hand-edited or truncated model is refused rather than scoring quietly. */
export function openModel(json: unknown): Result<ModelFile, ModelProblem[]> {
  const parsed = ModelFile.safeParse(json);
  if (!parsed.success) return err(parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(model)', message: i.message })));
  const { id, hash, ...content } = parsed.data;
  const expected = contentHash(content);
  if (expected !== hash) return err([{ field: 'hash', message: `content hash ${expected.slice(0, 12)}… does not match the recorded ${hash.slice(0, 12)}…` }]);
  if (id !== `gbdt-${hash.slice(0, 12)}`) return err([{ field: 'id', message: 'id does not match the hash' }]);
  if (parsed.data.gbdt.textOffset && !parsed.data.text) return err([{ field: 'gbdt.textOffset', message: 'set, but the model has no text model' }]);
  const trees = parsed.data.gbdt.trees;
  for (const [t, tree] of trees.entries()) {
    const n = tree.feature.length;
    const arrays = [tree.threshold, tree.missingLeft, tree.left, tree.right, tree.value, tree.gain, tree.cover];
    if (arrays.some((a) => a.length !== n)) return err([{ field: `gbdt.trees.${t}`, message: 'node arrays differ in length' }]);
    for (let node = 0; node < n; node += 1) {
      const f = tree.feature[node]!;
      if (f >= parsed.data.features.length) return err([{ field: `gbdt.trees.${t}.feature`, message: `feature ${f} out of range` }]);
      if (f >= 0 && !(tree.left[node]! > node && tree.left[node]! < n && tree.right[node]! > node && tree.right[node]! < n)) {
        return err([{ field: `gbdt.trees.${t}`, message: `node ${node} has children out of order` }]);
      }
    }
  }
  return ok(parsed.data);
}
