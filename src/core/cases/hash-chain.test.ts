import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../evidence/canonical-json.ts';
import { GENESIS_HASH, nextEntry, verifyChain, type ChainEntry } from './hash-chain.ts';

const actor = { type: 'person' as const, id: 'key:a', name: 'Li' };

function build(payloads: Record<string, unknown>[]): ChainEntry[] {
  const out: ChainEntry[] = [];
  for (const [i, payload] of payloads.entries()) out.push(nextEntry('case:c1', out[out.length - 1], { at: `2026-11-0${(i % 9) + 1}T10:00:00+08:00`, actor, type: 'case.note_added', payload }));
  return out;
}

describe('canonical JSON', () => {
  it('sorts keys at every depth so key order never changes a hash', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[2,{"y":2,"z":1}]},"b":1}');
  });
});

describe('hash chain', () => {
  it('links each entry to the one before, from the genesis hash', () => {
    const chain = build([{ text: 'a' }, { text: 'b' }]);
    expect(chain[0]!.prevHash).toBe(GENESIS_HASH);
    expect(chain[1]!.prevHash).toBe(chain[0]!.hash);
    expect(verifyChain(chain)).toBeUndefined();
  });

  it('names the first altered entry, whatever field of whichever entry changes', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 8 }), fc.nat(), fc.constantFrom('payload', 'at', 'actor', 'type'), (texts, pick, field) => {
        const chain = build(texts.map((text) => ({ text })));
        const index = pick % chain.length;
        const original = chain[index]!;
        const altered: ChainEntry = {
          ...original,
          ...(field === 'payload' ? { payload: { text: `${String(original.payload['text'])}!` } } : {}),
          ...(field === 'at' ? { at: '2030-01-01T00:00:00+08:00' } : {}),
          ...(field === 'actor' ? { actor: { ...actor, id: 'key:mallory' } } : {}),
          ...(field === 'type' ? { type: 'case.assigned' } : {}),
        };
        const tampered = chain.map((e, i) => (i === index ? altered : e));
        expect(verifyChain(tampered)?.seq).toBe(original.seq);
      }),
    );
  });

  it('catches a removed entry and an entry whose hash was recomputed after editing', () => {
    const chain = build([{ text: 'a' }, { text: 'b' }, { text: 'c' }]);
    expect(verifyChain([chain[0]!, chain[2]!])?.problem).toMatch(/sequence/);
    const rewritten = nextEntry('case:c1', chain[0], { ...chain[1]!, payload: { text: 'forged' } });
    expect(verifyChain([chain[0]!, rewritten, chain[2]!])).toMatchObject({ seq: 3, problem: expect.stringMatching(/prevHash/) as unknown });
  });
});
