// Links reviews into candidate template groups: near-duplicate text clusters joined by photos reused across accounts.
import { UnionFind } from '../../graph/union-find.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';
import { clusterNearDuplicates, type NearDuplicateClusters, type NearDuplicateOptions } from '../../text/near-duplicates.ts';

export type LinkedReviews = {
  /** Groups of review.posted rows with two or more members, rows in canonical order. */
  readonly groups: number[][];
  readonly clusters: NearDuplicateClusters;
  /** Canonical position → review.posted row; the text clusters are indexed by position. */
  readonly order: Int32Array;
  /** 1 when the row carries a photo that another account also posted. */
  readonly sharedPhoto: Uint8Array;
};

/** Rows by time, then review id: clustering visits texts in this order, so arrival order cannot change the result. */
function canonicalOrder(snapshot: Snapshot): Int32Array {
  const posted = snapshot.table('review.posted');
  const reviews = snapshot.names('review');
  const order = Int32Array.from({ length: posted.size }, (_, row) => row);
  const name = (row: number) => reviews.name(posted.columns.reviewId[row]!);
  return order.sort((a, b) => posted.ts[a]! - posted.ts[b]! || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : a - b));
}

export function linkReviews(snapshot: Snapshot, options: NearDuplicateOptions): LinkedReviews {
  const posted = snapshot.table('review.posted');
  const { text, accountId, photoHashes } = posted.columns;
  const order = canonicalOrder(snapshot);
  const clusters = clusterNearDuplicates(order.length, (position) => text.get(order[position]!) ?? '', options);

  const sets = new UnionFind(posted.size);
  const firstOfCluster = new Int32Array(clusters.clusterCount).fill(-1);
  for (let position = 0; position < order.length; position += 1) {
    const cluster = clusters.clusterOf[position]!;
    if (cluster < 0) continue;
    if (firstOfCluster[cluster]! < 0) firstOfCluster[cluster] = order[position]!;
    else sets.union(firstOfCluster[cluster]!, order[position]!);
  }

  // A buyer photographs their own parcel: the same photo under two accounts was handed out by whoever runs them.
  const sharedPhoto = new Uint8Array(posted.size);
  const firstWithPhoto = new Int32Array(snapshot.names('photo').size).fill(-1);
  for (const row of order) {
    for (let p = photoHashes.offsets[row]!; p < photoHashes.offsets[row + 1]!; p += 1) {
      const photo = photoHashes.values[p]!;
      const first = firstWithPhoto[photo]!;
      if (first < 0) firstWithPhoto[photo] = row;
      else if (accountId[first] !== accountId[row]) {
        sets.union(first, row);
        sharedPhoto[first] = 1;
        sharedPhoto[row] = 1;
      }
    }
  }

  const byRoot = new Map<number, number[]>();
  for (const row of order) {
    const root = sets.find(row);
    const list = byRoot.get(root);
    if (list) list.push(row);
    else byRoot.set(root, [row]);
  }
  return { groups: [...byRoot.values()].filter((g) => g.length >= 2), clusters, order, sharedPhoto };
}
