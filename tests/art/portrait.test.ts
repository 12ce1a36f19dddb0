import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CastSchema } from '../../src/art/cast-schema';
import { MOODS, isMood, portraitTitle, renderPortrait, type Mood } from '../../src/art/portrait';
import { svgProblems } from './svg-rules';
import { parseXml, walk } from './xml-check';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const cast = CastSchema.parse(JSON.parse(readFileSync(join(ROOT, 'assets', 'cast.json'), 'utf8')));

describe('renderPortrait', () => {
  for (const member of cast.members) {
    describe(member.id, () => {
      const renders = MOODS.map((mood) => renderPortrait(member, mood));

      it.each(MOODS.map((mood, i) => [mood, renders[i]!] as const))('%s is a well-formed, self-contained SVG', (_mood, svg) => {
        expect(svgProblems(svg, '0 0 400 500')).toEqual([]);
      });

      it('has a transparent background (no full-size backdrop)', () => {
        for (const svg of renders) {
          const big = walk(parseXml(svg)).filter(
            (el) => el.name === 'rect' && Number(el.attrs.get('width')) >= 400 && Number(el.attrs.get('height')) >= 500,
          );
          expect(big).toEqual([]);
        }
      });

      it('looks different in every mood', () => {
        expect(new Set(renders).size).toBe(MOODS.length);
      });

      it('is deterministic', () => {
        expect(renderPortrait(member, 'anxious')).toBe(renders[MOODS.indexOf('anxious')]);
      });

      it('stays reasonably small', () => {
        for (const svg of renders) expect(svg.length).toBeLessThan(60_000);
      });
    });
  }

  it('falls back to neutral for an unknown mood', () => {
    const m = cast.members[0]!;
    expect(renderPortrait(m, 'furious-ish' as Mood)).toBe(renderPortrait(m, 'neutral'));
    expect(renderPortrait(m, '' as Mood)).toBe(renderPortrait(m, 'neutral'));
  });

  it('gives each member and mood its own element ids, so portraits can share a page', () => {
    const seen = new Map<string, string>();
    for (const member of cast.members) {
      for (const mood of MOODS) {
        for (const el of walk(parseXml(renderPortrait(member, mood)))) {
          const id = el.attrs.get('id');
          if (id === undefined) continue;
          const owner = `${member.id}/${mood}`;
          expect(seen.get(id) ?? owner, `id ${id}`).toBe(owner);
          seen.set(id, owner);
        }
      }
    }
  });

  it('draws different people differently', () => {
    const neutral = cast.members.map((m) => renderPortrait(m, 'neutral'));
    expect(new Set(neutral).size).toBe(cast.members.length);
  });
});

describe('moods and titles', () => {
  it('lists the eight moods', () => {
    expect([...MOODS]).toEqual(['neutral', 'calm', 'anxious', 'distressed', 'angry', 'relieved', 'sad', 'thoughtful']);
    expect(isMood('calm')).toBe(true);
    expect(isMood('furious')).toBe(false);
  });

  it('describes a portrait for alt text', () => {
    const callum = cast.members.find((m) => m.id === 'callum')!;
    expect(portraitTitle(callum, 'anxious')).toBe('Callum, looking anxious');
    expect(portraitTitle(callum, 'angry')).toBe('Callum, looking frustrated');
    expect(portraitTitle(callum, 'neutral')).toBe('Callum, with a neutral expression');
    expect(portraitTitle(callum, 'no-such-mood')).toBe('Callum, with a neutral expression');
  });
});

describe('the SVG checks themselves', () => {
  const ok = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 500"><g><path d="M0 0"/></g></svg>';

  it('pass a good SVG', () => {
    expect(svgProblems(ok, '0 0 400 500')).toEqual([]);
  });

  it.each([
    ['unbalanced tags', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 500"><g></svg>'],
    ['a duplicate attribute', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 500"><path d="" fill="red" fill="blue"/></svg>'],
    ['a wrong viewBox', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"></svg>'],
    ['a script', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 500"><script>alert(1)</script></svg>'],
    ['text', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 500"><text>Hi</text></svg>'],
    ['a raster image', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 500"><image href="#a"/></svg>'],
    ['an external href', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 500"><use href="http://example.org/a.svg#x"/></svg>'],
    ['a dangling url()', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 500"><path d="" fill="url(#nope)"/></svg>'],
    ['an event handler', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 500" onload="x()"></svg>'],
    ['an unescaped ampersand', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 500"><g id="a&b"/></svg>'],
  ])('reject %s', (_what, svg) => {
    expect(svgProblems(svg, '0 0 400 500')).not.toEqual([]);
  });
});
