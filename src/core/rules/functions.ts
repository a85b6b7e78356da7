// The functions rules may call: each states its argument types, result type and cost, and is total (bad input gives null, never a throw).
import { ipPrefix } from '../features/ip-prefix.ts';
import { fits, isListType, unify, type LangType, type Value } from './lang-types.ts';

/** The result type, or a message when the argument types do not fit. */
export type Signature = { readonly type: LangType } | { readonly problem: string };

export type FunctionSpec = {
  readonly summary: string;
  readonly check: (args: readonly LangType[]) => Signature;
  readonly apply: (args: readonly Value[]) => Value;
};

const num = (v: Value | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: Value | undefined): string | null => (typeof v === 'string' ? v : null);
const finite = (n: number): number | null => (Number.isFinite(n) ? n : null);

function numbers(count: number | 'many', result: LangType = 'number') {
  return (args: readonly LangType[]): Signature => {
    if (count !== 'many' && args.length !== count) return { problem: `takes ${count} number${count === 1 ? '' : 's'}, got ${args.length}` };
    if (count === 'many' && args.length < 1) return { problem: 'takes at least one number' };
    const bad = args.findIndex((a) => !fits(a, 'number'));
    return bad >= 0 ? { problem: `argument ${bad + 1} must be a number, not ${args[bad]}` } : { type: result };
  };
}

function strings(count: number, result: LangType) {
  return (args: readonly LangType[]): Signature => {
    if (args.length !== count) return { problem: `takes ${count} string${count === 1 ? '' : 's'}, got ${args.length}` };
    const bad = args.findIndex((a) => !fits(a, 'string'));
    return bad >= 0 ? { problem: `argument ${bad + 1} must be a string, not ${args[bad]}` } : { type: result };
  };
}

/** The arguments as numbers, or null when any is missing or there are none. */
function allNumbers(args: readonly Value[]): number[] | null {
  if (args.length === 0) return null;
  const out: number[] = [];
  for (const a of args) {
    const n = num(a);
    if (n === null) return null;
    out.push(n);
  }
  return out;
}

export const functions: Readonly<Record<string, FunctionSpec>> = {
  ratio: {
    summary: 'ratio(a, b): a ÷ b, or null when b is 0',
    check: numbers(2),
    apply: ([a, b]) => {
      const x = num(a);
      const y = num(b);
      return x === null || y === null || y === 0 ? null : finite(x / y);
    },
  },
  min: { summary: 'min(a, b, ...): the smallest number', check: numbers('many'), apply: (args) => allNumbers(args)?.reduce((m, n) => Math.min(m, n)) ?? null },
  max: { summary: 'max(a, b, ...): the largest number', check: numbers('many'), apply: (args) => allNumbers(args)?.reduce((m, n) => Math.max(m, n)) ?? null },
  abs: { summary: 'abs(x): the absolute value', check: numbers(1), apply: ([x]) => (num(x) === null ? null : Math.abs(num(x)!)) },
  round: { summary: 'round(x): the nearest whole number', check: numbers(1), apply: ([x]) => (num(x) === null ? null : Math.round(num(x)!)) },
  sqrt: { summary: 'sqrt(x): the square root, or null below 0', check: numbers(1), apply: ([x]) => (num(x) === null || num(x)! < 0 ? null : Math.sqrt(num(x)!)) },
  stddev: {
    summary: 'stddev(n, sum, sum_of_squares): the population standard deviation of n values, or null when n is 0',
    check: numbers(3),
    apply: (args) => {
      const [n, sum, squares] = allNumbers(args) ?? [];
      if (n === undefined || sum === undefined || squares === undefined || n <= 0) return null;
      const mean = sum / n;
      return finite(Math.sqrt(Math.max(0, squares / n - mean * mean)));
    },
  },
  exists: {
    summary: 'exists(x): true when x has a value (the field is present, the feature has data)',
    check: (args) => (args.length === 1 ? { type: 'boolean' } : { problem: `takes 1 argument, got ${args.length}` }),
    apply: ([x]) => x !== null && x !== undefined,
  },
  coalesce: {
    summary: 'coalesce(x, fallback): x, or fallback when x is null',
    check: (args) => {
      if (args.length !== 2) return { problem: `takes 2 arguments, got ${args.length}` };
      const type = unify(args[0]!, args[1]!);
      return type ? { type } : { problem: `cannot mix ${args[0]} and ${args[1]}` };
    },
    apply: ([x, fallback]) => (x === null || x === undefined ? (fallback ?? null) : x),
  },
  lower: { summary: 'lower(s): s in lower case', check: strings(1, 'string'), apply: ([s]) => str(s)?.toLowerCase() ?? null },
  contains: { summary: 'contains(s, part): whether s contains part', check: strings(2, 'boolean'), apply: ([s, p]) => (str(s) !== null && str(p) !== null ? str(s)!.includes(str(p)!) : false) },
  starts_with: { summary: 'starts_with(s, prefix): whether s starts with prefix', check: strings(2, 'boolean'), apply: ([s, p]) => (str(s) !== null && str(p) !== null ? str(s)!.startsWith(str(p)!) : false) },
  length: {
    summary: 'length(x): characters in a string or items in a list',
    check: (args) => {
      if (args.length !== 1) return { problem: `takes 1 argument, got ${args.length}` };
      return fits(args[0]!, 'string') || isListType(args[0]!) ? { type: 'number' } : { problem: `needs a string or a list, not ${args[0]}` };
    },
    apply: ([x]) => (typeof x === 'string' || Array.isArray(x) ? x.length : null),
  },
  ip24: { summary: 'ip24(ip): the /24 network of an IPv4 address (the /64 of IPv6)', check: strings(1, 'string'), apply: ([ip]) => (str(ip) === null ? null : ipPrefix(str(ip)!)) },
};
