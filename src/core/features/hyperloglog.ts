// HyperLogLog registers (Flajolet et al. 2007) with linear counting for small sets: 512 registers give a standard error of 1.04/√512 ≈ 4.6%.

export const HLL_BITS = 9;
export const HLL_REGISTERS = 1 << HLL_BITS;
const RANK_BITS = 32 - HLL_BITS;
const ALPHA = 0.7213 / (1 + 1.079 / HLL_REGISTERS);
const TWO_32 = 2 ** 32;

/** Records a 32-bit hash: the top bits pick the register, the rank is the position of the first 1 in the rest. */
export function hllAdd(registers: Uint8Array, hash: number): void {
  const index = hash >>> RANK_BITS;
  const rest = (hash << HLL_BITS) >>> 0;
  const rank = rest === 0 ? RANK_BITS + 1 : Math.clz32(rest) + 1;
  if (rank > registers[index]!) registers[index] = rank;
}

/** Register-wise maximum: the sketch of the union. */
export function hllMerge(into: Uint8Array, from: Uint8Array): void {
  for (let i = 0; i < HLL_REGISTERS; i += 1) if (from[i]! > into[i]!) into[i] = from[i]!;
}

export function hllEstimate(registers: Uint8Array): number {
  let sum = 0;
  let zeros = 0;
  for (let i = 0; i < HLL_REGISTERS; i += 1) {
    const r = registers[i]!;
    sum += 2 ** -r;
    if (r === 0) zeros += 1;
  }
  const raw = (ALPHA * HLL_REGISTERS * HLL_REGISTERS) / sum;
  if (raw <= 2.5 * HLL_REGISTERS && zeros > 0) return HLL_REGISTERS * Math.log(HLL_REGISTERS / zeros);
  if (raw > TWO_32 / 30) return -TWO_32 * Math.log(1 - raw / TWO_32);
  return raw;
}
