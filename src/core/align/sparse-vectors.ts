/**
 * Sparse feature vectors: the Map form features are built in, and a packed form (interned integer
 * ids, typed arrays) for the hot loops of grouping. Dot products in both forms agree bit for bit.
 */

/** A sparse vector: feature → weight. */
export type SparseVector = ReadonlyMap<string, number>;

/** Dot product of two sparse vectors (cosine for unit vectors). */
export function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [f, w] of small) {
    const o = large.get(f);
    if (o !== undefined) sum += w * o;
  }
  return sum;
}

/**
 * Sparse vectors with their features interned as small integers, for the hot loops of grouping:
 * no string hashing and no allocation per lookup. Entries keep each vector's Map order, so sums
 * taken in that order are bit-for-bit the sums `dot` takes.
 */
export interface PackedVectors {
  /** Number of distinct features (ids are 0 … featureCount − 1). */
  readonly featureCount: number;
  /** Per vector, its feature ids in Map order. */
  readonly ids: readonly Int32Array[];
  /** Per vector, the weights, parallel to `ids`. */
  readonly weights: readonly Float64Array[];
}

/**
 * Intern the features of `vectors` (first seen, first numbered).
 * @returns the packed form of the vectors, same order.
 */
export function packVectors(vectors: readonly SparseVector[]): PackedVectors {
  const idOf = new Map<string, number>();
  const ids: Int32Array[] = [];
  const weights: Float64Array[] = [];
  for (const v of vectors) {
    const fs = new Int32Array(v.size);
    const ws = new Float64Array(v.size);
    let k = 0;
    for (const [f, w] of v) {
      let id = idOf.get(f);
      if (id === undefined) {
        id = idOf.size;
        idOf.set(f, id);
      }
      fs[k] = id;
      ws[k] = w;
      k++;
    }
    ids.push(fs);
    weights.push(ws);
  }
  return { featureCount: idOf.size, ids, weights };
}

/**
 * `dot` over packed vectors: returns exactly `dot(vectors[a], vectors[b])` (same operand order and
 * summation order), using `scratch` (length ≥ featureCount, all zeros; left all zeros) as a dense
 * lookup of the larger vector.
 */
export function packedDot(p: PackedVectors, a: number, b: number, scratch: Float64Array): number {
  const sizeA = (p.ids[a] as Int32Array).length;
  const sizeB = (p.ids[b] as Int32Array).length;
  const small = sizeA <= sizeB ? a : b;
  const large = sizeA <= sizeB ? b : a;
  const li = p.ids[large] as Int32Array;
  const lw = p.weights[large] as Float64Array;
  for (let k = 0; k < li.length; k++) scratch[li[k] as number] = lw[k] as number;
  const si = p.ids[small] as Int32Array;
  const sw = p.weights[small] as Float64Array;
  let sum = 0;
  // Weights are positive (weightVectors drops the others), so 0 marks an absent feature.
  for (let k = 0; k < si.length; k++) {
    const o = scratch[si[k] as number] as number;
    if (o !== 0) sum += (sw[k] as number) * o;
  }
  for (let k = 0; k < li.length; k++) scratch[li[k] as number] = 0;
  return sum;
}

/**
 * Sums keyed by small integers without a Map: a dense value array, a stamp saying which entries
 * belong to the current round, and the keys in first-touched order.
 */
export class Accumulator {
  value = new Float64Array(64);
  stamp = new Int32Array(64);
  epoch = 0;
  readonly touched: number[] = [];
  /** Start a new round for keys below `size`. */
  begin(size: number): void {
    if (size > this.value.length) {
      const cap = Math.max(size, this.value.length * 2);
      this.value = new Float64Array(cap);
      this.stamp = new Int32Array(cap);
    }
    this.epoch++;
    this.touched.length = 0;
  }
  add(key: number, x: number): void {
    if (this.stamp[key] !== this.epoch) {
      this.stamp[key] = this.epoch;
      this.value[key] = 0;
      this.touched.push(key);
    }
    this.value[key] = (this.value[key] as number) + x;
  }
}
