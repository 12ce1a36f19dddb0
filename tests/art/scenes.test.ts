import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { svgProblems } from './svg-rules';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const SCENES = ['benefits-office', 'meeting-room', 'family-home', 'duty-office', 'ward', 'phone-call', 'street'] as const;
const dir = join(ROOT, 'assets', 'scenes');

describe('scene backgrounds', () => {
  it.each(SCENES)('%s exists, is self-contained, 1600×900 and under 60 KB', (id) => {
    const file = join(dir, `${id}.svg`);
    expect(existsSync(file), `${file} is missing`).toBe(true);
    expect(statSync(file).size).toBeLessThan(60 * 1024);
    const src = readFileSync(file, 'utf8');
    expect(svgProblems(src, '0 0 1600 900')).toEqual([]);
    // Belt and braces on the things that matter most, independent of the parser.
    expect(src).not.toMatch(/<script|<foreignObject|<image|base64|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i);
  });

  it('are all different pictures', () => {
    const srcs = SCENES.map((id) => readFileSync(join(dir, `${id}.svg`), 'utf8'));
    expect(new Set(srcs).size).toBe(SCENES.length);
  });
});
