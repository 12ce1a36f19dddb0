import { describe, expect, it } from 'vitest';
import { checkTag, parseMeter, parseStandard, parseTag, splitIdAndText, suggestKey } from '../../src/engine/tags.ts';

const codes = new Set(['SWE-1.1', 'PCF-2']);

describe('tags', () => {
  it('parses key: value and bare tags', () => {
    expect(parseTag(' Speaker :  Callum ')).toEqual({ key: 'speaker', value: 'Callum', raw: 'Speaker :  Callum' });
    expect(parseTag('key')).toEqual({ key: 'key', value: '', raw: 'key' });
    expect(parseTag('feedback: a: b')).toMatchObject({ key: 'feedback', value: 'a: b' });
  });

  it('parses structured values', () => {
    expect(parseMeter("trust, Callum's trust, 0, 10")).toEqual({ variable: 'trust', label: "Callum's trust", min: 0, max: 10 });
    expect(parseMeter('trust, Label, with comma, 0, 10')?.label).toBe('Label, with comma');
    expect(parseMeter('trust, Label, 10, 0')).toBeNull();
    expect(parseStandard('swe-1.1 +2')).toEqual({ code: 'SWE-1.1', weight: 2 });
    expect(parseStandard('SWE-1.1 two')).toBeNull();
    expect(splitIdAndText('safety-plan, Safety plan agreed, with Jenny')).toEqual({ id: 'safety-plan', title: 'Safety plan agreed, with Jenny' });
    expect(splitIdAndText('Safety Plan, x')).toBeNull();
  });

  it('checks tags against the contract, place by place', () => {
    expect(checkTag(parseTag('standard: SWE-1.1 -3'), 'option', codes)).toEqual([]);
    expect(checkTag(parseTag('standard: SWE-1.1 +4'), 'option', codes)[0]?.message).toMatch(/out of range/);
    expect(checkTag(parseTag('standard: SWE-3.5 +1'), 'option', codes)[0]?.message).toMatch(/unknown framework code 'SWE-3.5'/);
    expect(checkTag(parseTag('id: ok'), 'line', codes)[0]?.message).toMatch(/inside the square brackets/);
    expect(checkTag(parseTag('title: Late'), 'line', codes)[0]?.message).toMatch(/header tag/);
    expect(checkTag(parseTag('speaker: Sam'), 'option', codes)[0]?.severity).toBe('error');
    expect(checkTag(parseTag('clock: 24:00'), 'line', codes)[0]?.message).toMatch(/24-hour/);
    expect(checkTag(parseTag('ambience: none'), 'line', codes)).toEqual([]);
    expect(checkTag(parseTag('key'), 'line', codes)).toEqual([]);
  });

  it('suggests the closest known tag for a typo', () => {
    expect(suggestKey('speeker')).toBe('speaker');
    expect(suggestKey('feedbak')).toBe('feedback');
    expect(suggestKey('zzzzzzzz')).toBeNull();
  });
});
