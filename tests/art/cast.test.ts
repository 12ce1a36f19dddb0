import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CastSchema } from '../../src/art/cast-schema';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const castPath = join(ROOT, 'assets', 'cast.json');
const raw: unknown = JSON.parse(readFileSync(castPath, 'utf8'));

/** The cast the stories are written for: id and the exact '# speaker:' name. */
const EXPECTED: Record<string, string> = {
  callum: 'Callum',
  niraj: 'Niraj',
  grace: 'Grace',
  tomasz: 'Tomasz',
  daniel: 'Daniel',
  helen: 'Helen',
  achebe: 'Achebe',
  'mrs-eze': 'Mrs Eze',
  jenny: 'Jenny',
  rob: 'Rob',
  priya: 'Priya',
  'mr-boateng': 'Mr Boateng',
  sam: 'Sam',
};

describe('assets/cast.json', () => {
  it('validates against CastSchema', () => {
    const result = CastSchema.safeParse(raw);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  const cast = CastSchema.parse(raw);

  it('has unique ids and unique names', () => {
    const ids = cast.members.map((m) => m.id);
    const names = cast.members.map((m) => m.name);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has exactly the expected cast, with names as stories write them', () => {
    expect(Object.fromEntries(cast.members.map((m) => [m.id, m.name]))).toEqual(EXPECTED);
  });

  it('gives everyone a description and a plausible age', () => {
    for (const m of cast.members) {
      expect(m.description.length, m.id).toBeGreaterThan(30);
      expect(m.age, m.id).toBeGreaterThanOrEqual(16);
    }
  });

  it('draws a range of skin tones, not one', () => {
    const tones = new Set(cast.members.map((m) => m.appearance.skin.toLowerCase()));
    expect(tones.size).toBeGreaterThanOrEqual(8);
  });
});

describe('CastSchema', () => {
  const cast = CastSchema.parse(raw);
  const first = cast.members[0]!;

  it('rejects a duplicate id', () => {
    const bad = { ...cast, members: [...cast.members, { ...first, name: 'Someone Else' }] };
    expect(CastSchema.safeParse(bad).success).toBe(false);
  });

  it('rejects a duplicate name', () => {
    const bad = { ...cast, members: [...cast.members, { ...first, id: 'someone-else' }] };
    expect(CastSchema.safeParse(bad).success).toBe(false);
  });

  it('rejects a colour that is not #rrggbb', () => {
    const bad = { ...cast, members: [{ ...first, appearance: { ...first.appearance, skin: 'tan' } }] };
    expect(CastSchema.safeParse(bad).success).toBe(false);
  });

  it('rejects an unknown hair style and unknown fields', () => {
    const hair = { ...first.appearance.hair, style: 'mohawk-of-doom' };
    expect(CastSchema.safeParse({ ...cast, members: [{ ...first, appearance: { ...first.appearance, hair } }] }).success).toBe(false);
    expect(CastSchema.safeParse({ ...cast, members: [{ ...first, extra: true }] }).success).toBe(false);
  });

  it('rejects the wrong type or schema version', () => {
    expect(CastSchema.safeParse({ ...cast, type: 'swsim.catalogue' }).success).toBe(false);
    expect(CastSchema.safeParse({ ...cast, schemaVersion: 2 }).success).toBe(false);
  });
});
