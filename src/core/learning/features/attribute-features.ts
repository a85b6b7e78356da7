// A platform's own per-entity features (entity.attributes) as columns: numbers and flags as they are, strings by frequency.
import type { Snapshot } from '../../snapshot/snapshot.ts';
import type { FeatureBlock } from './feature-block.ts';

/**
 * Later events override earlier ones for the same entity and attribute. A string value becomes the share of the type's
 * entities that carry the same value (frequency encoding): rare device models and shared referral codes stand out,
 * and no category list has to be agreed between training and scoring.
 */
export function addAttributeFeatures(snapshot: Snapshot, blocks: ReadonlyMap<number, FeatureBlock>): void {
  const table = snapshot.table('entity.attributes');
  const { entity, attributes } = table.columns;
  const attributeNames = snapshot.names('attribute');
  const strings = new Map<string, Map<number, number>>();
  for (let row = 0; row < table.size; row += 1) {
    const block = blocks.get(entity.type[row]!);
    const id = entity.id[row]!;
    if (!block || id < 0) continue;
    for (let k = attributes.offsets[row]!; k < attributes.offsets[row + 1]!; k += 1) {
      const name = attributeNames.name(attributes.name[k]!);
      if (attributes.kind[k] === 1) {
        const key = `${entity.type[row]}\u0000${name}`;
        let values = strings.get(key);
        if (!values) strings.set(key, (values = new Map<number, number>()));
        values.set(id, attributes.str[k]!);
      } else {
        block.column(`attr.${name}`, Number.NaN)[id] = attributes.num[k]!;
      }
    }
  }
  for (const [key, values] of strings) {
    const [type, name] = key.split('\u0000') as [string, string];
    const block = blocks.get(Number(type))!;
    const frequency = new Map<number, number>();
    for (const value of values.values()) frequency.set(value, (frequency.get(value) ?? 0) + 1);
    const column = block.column(`attr.${name}.freq`, Number.NaN);
    for (const [id, value] of values) column[id] = frequency.get(value)! / values.size;
  }
}
