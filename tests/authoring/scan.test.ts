import { describe, expect, it } from 'vitest';
import { scanInk, stripComments } from '../../src/authoring/scan.ts';

describe('scanInk', () => {
  it('separates header tags from line tags and finds the first content line', () => {
    const scan = scanInk('// a comment\n# title: T\n# summary: S\nVAR x = 1\n\nHello. # speaker: Sam\n');
    expect(scan.tags.map((t) => [t.tag.key, t.line, t.place])).toEqual([
      ['title', 2, 'header'],
      ['summary', 3, 'header'],
      ['speaker', 6, 'line'],
    ]);
    expect(scan.firstContentLine).toBe(6);
  });

  it('groups the options of a decision by weave depth, up to the gather', () => {
    const scan = scanInk(
      [
        'Question? #decision: q, The question',
        '* [A #id: a]',
        '  ** [nested #id: n]',
        '  Body text.',
        '* [B #id: b]',
        '- Gathered.',
        '* [Plain]',
      ].join('\n'),
    );
    expect(scan.decisions).toHaveLength(1);
    expect(scan.decisions[0]?.options.map((o) => o.line)).toEqual([2, 5]);
    expect(scan.choices.map((c) => c.depth)).toEqual([1, 2, 1, 1]);
  });

  it('reads tags inside brackets as option tags and after them as line tags', () => {
    const scan = scanInk('Q #decision: q, Q\n* [Say it #id: say #feedback: ok] Then text #speaker: Sam\n');
    expect(scan.tags.map((t) => [t.tag.key, t.place])).toEqual([
      ['decision', 'line'],
      ['id', 'option'],
      ['feedback', 'option'],
      ['speaker', 'line'],
    ]);
  });

  it('treats dashes inside { } blocks as branches, not gathers', () => {
    const scan = scanInk(['Q #decision: q, Q', '* [A #id: a]', '  {x:', '  - yes', '  - else: no', '  }', '* [B #id: b]'].join('\n'));
    expect(scan.decisions[0]?.options.map((o) => o.line)).toEqual([2, 7]);
  });

  it('reports a decision that no choices follow', () => {
    const scan = scanInk('Q #decision: q, Q\n=== other ===\n* [A]\n');
    expect(scan.decisions[0]?.orphanReason).toMatch(/straight after the decision line/);
  });

  it('ignores escaped hashes and comments', () => {
    expect(stripComments('a // b\nc /* d\ne */ f')).toEqual(['a ', 'c ', ' f']);
    const scan = scanInk('Call 116 123 \\# not a tag /* # nor this */ # speaker: Sam');
    expect(scan.tags.map((t) => t.tag.raw)).toEqual(['speaker: Sam']);
  });
});
