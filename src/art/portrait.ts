import type { Appearance, CastMember } from './cast-schema';

/**
 * Head-and-shoulders portraits drawn from a cast member's parameters.
 *
 * Pure: no DOM, no Phaser, no randomness. The same member and mood always give
 * the same SVG string, so portraits can be cached, diffed and tested in Node.
 * Style: flat vector, two tones of shading (light from the upper left), no text.
 */

export const MOODS = ['neutral', 'calm', 'anxious', 'distressed', 'angry', 'relieved', 'sad', 'thoughtful'] as const;
export type Mood = (typeof MOODS)[number];

export function isMood(value: string): value is Mood {
  return (MOODS as readonly string[]).includes(value);
}

/** How each mood reads in words, for alt text. "angry" is drawn as frustration, not menace. */
const MOOD_WORDS: Record<Mood, string> = {
  neutral: 'with a neutral expression',
  calm: 'looking calm',
  anxious: 'looking anxious',
  distressed: 'looking distressed',
  angry: 'looking frustrated',
  relieved: 'looking relieved',
  sad: 'looking sad',
  thoughtful: 'looking thoughtful',
};

/** Accessible text for a portrait, e.g. "Callum, looking anxious". */
export function portraitTitle(member: Pick<CastMember, 'name'>, mood: Mood | string): string {
  const m = isMood(mood) ? mood : 'neutral';
  return `${member.name}, ${MOOD_WORDS[m]}`;
}

// ---------------------------------------------------------------------------
// Expressions

interface Expression {
  /** Inner end of the brows: negative raises (worry), positive lowers (frustration). */
  browInner: number;
  browOuter: number;
  /** Brows drawn towards the middle. */
  browPinch: number;
  /** Extra lift of the viewer's-left brow (a questioning, thinking brow). */
  browAsym: number;
  /** Upper lid: positive lowers it (soft, tired, sad), negative opens the eye wider. */
  lidUpper: number;
  /** Lower lid raised (narrowed, smiling or tense eyes). */
  lidLower: number;
  gazeX: number;
  gazeY: number;
  /** -1 (corners down) .. 1 (smile). */
  smile: number;
  /** 0 (closed) .. 1 (slightly parted). */
  open: number;
  /** Mouth width factor. */
  width: number;
  /** Lips pressed thinner. */
  press: number;
  /** Raises the viewer's-right corner of the mouth. */
  skew: number;
  /** Head tilt in degrees (positive: towards the viewer's right). */
  tilt: number;
  /** Head lowered (chin down) in px. */
  headDy: number;
  headDx: number;
  /** Shoulders raised (tension) in px; negative is slumped. */
  shoulders: number;
  blush: number;
}

const BASE: Expression = {
  browInner: 0,
  browOuter: 0,
  browPinch: 0,
  browAsym: 0,
  lidUpper: 0,
  lidLower: 0,
  gazeX: 0,
  gazeY: 0,
  smile: 0.08,
  open: 0,
  width: 1,
  press: 0,
  skew: 0,
  tilt: 0,
  headDy: 0,
  headDx: 0,
  shoulders: 0,
  blush: 0.1,
};

const EXPRESSIONS: Record<Mood, Expression> = {
  neutral: BASE,
  calm: { ...BASE, browInner: -1, lidUpper: 1.6, lidLower: 0.6, smile: 0.46, width: 1.04, tilt: 3, blush: 0.15 },
  anxious: {
    ...BASE,
    browInner: -7.5,
    browOuter: 1.5,
    browPinch: 2,
    lidUpper: -1.2,
    gazeX: -3.2,
    gazeY: 0.6,
    smile: -0.28,
    width: 0.82,
    press: 0.25,
    tilt: -3,
    headDy: 3,
    headDx: -2,
    shoulders: 10,
    blush: 0.06,
  },
  distressed: {
    ...BASE,
    browInner: -10,
    browOuter: 2.5,
    browPinch: 3,
    lidUpper: 2.2,
    lidLower: 1.2,
    gazeY: 2.6,
    gazeX: -1,
    smile: -0.5,
    open: 0.5,
    width: 0.9,
    tilt: -5,
    headDy: 7,
    headDx: -3,
    shoulders: 12,
    blush: 0.16,
  },
  angry: {
    ...BASE,
    browInner: 6,
    browOuter: -1.5,
    browPinch: 4,
    lidUpper: 2,
    lidLower: 1.4,
    smile: -0.34,
    width: 0.92,
    press: 0.55,
    tilt: 0,
    headDy: 3,
    shoulders: 5,
    blush: 0.14,
  },
  relieved: {
    ...BASE,
    browInner: -3.5,
    browOuter: -1,
    lidUpper: 3.2,
    lidLower: 0.8,
    gazeY: 1,
    smile: 0.62,
    width: 1.05,
    tilt: 4,
    headDy: -2,
    shoulders: -4,
    blush: 0.17,
  },
  sad: {
    ...BASE,
    browInner: -6.5,
    browOuter: 2.5,
    browPinch: 1,
    lidUpper: 3.4,
    gazeY: 3,
    gazeX: 1.5,
    smile: -0.48,
    width: 0.9,
    tilt: -4,
    headDy: 7,
    headDx: 2,
    shoulders: -4,
    blush: 0.08,
  },
  thoughtful: {
    ...BASE,
    browInner: -1,
    browAsym: -5.5,
    lidUpper: 1,
    gazeX: 4,
    gazeY: -2.4,
    smile: -0.02,
    width: 0.84,
    press: 0.2,
    skew: 2.6,
    tilt: 5,
    headDx: 2,
  },
};

// ---------------------------------------------------------------------------
// Colour

type Rgb = [number, number, number];

function rgb(hex: string): Rgb {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function hex([r, g, b]: Rgb): string {
  const c = (v: number) => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0');
  return `#${c(r)}${c(g)}${c(b)}`;
}

function mix(a: string, b: string, t: number): string {
  const x = rgb(a);
  const y = rgb(b);
  return hex([x[0] + (y[0] - x[0]) * t, x[1] + (y[1] - x[1]) * t, x[2] + (y[2] - x[2]) * t]);
}

/** Multiply towards a warm dark: keeps skin shading warm rather than grey. */
function shade(c: string, k: number): string {
  const [r, g, b] = rgb(c);
  return hex([r * (1 - k * 0.85), g * (1 - k), b * (1 - k * 1.05)]);
}

function light(c: string, k: number): string {
  return mix(c, '#fff6ec', k);
}

function luminance(c: string): number {
  const [r, g, b] = rgb(c);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

// ---------------------------------------------------------------------------
// Small SVG helpers

/** Format a number for path data: one decimal, no trailing ".0". */
function f(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

function p(x: number, y: number): string {
  return `${f(x)} ${f(y)}`;
}

/** Escape text for use in XML attributes and text nodes. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) =>
    ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '"' ? '&quot;' : '&apos;',
  );
}

function path(d: string, fill: string, extra = ''): string {
  return `<path d="${d}" fill="${fill}"${extra ? ' ' + extra : ''}/>`;
}

function stroke(d: string, colour: string, width: number, extra = ''): string {
  return `<path d="${d}" fill="none" stroke="${colour}" stroke-width="${f(width)}" stroke-linecap="round" stroke-linejoin="round"${extra ? ' ' + extra : ''}/>`;
}

/** Mirror an x coordinate about the centre line. */
const CX = 200;

// ---------------------------------------------------------------------------
// Geometry of the head

interface Head {
  /** Half-width at the cheekbones. */
  w: number;
  /** Half-width at the jaw angle. */
  jw: number;
  jawY: number;
  chinY: number;
  /** Half-width of the flat of the chin. */
  chinW: number;
  top: number;
  eyeY: number;
  noseY: number;
  mouthY: number;
}

function headGeometry(face: Appearance['face']): Head {
  const base = { top: 96, eyeY: 214 };
  switch (face) {
    case 'round':
      return { ...base, w: 75, jw: 62, jawY: 262, chinY: 300, chinW: 24, noseY: 248, mouthY: 273 };
    case 'square':
      return { ...base, w: 72, jw: 64, jawY: 266, chinY: 304, chinW: 28, noseY: 250, mouthY: 276 };
    case 'heart':
      return { ...base, w: 71, jw: 52, jawY: 260, chinY: 302, chinW: 14, noseY: 248, mouthY: 274 };
    case 'long':
      return { ...base, w: 67, jw: 55, jawY: 268, chinY: 312, chinW: 20, noseY: 252, mouthY: 279 };
    case 'oval':
    default:
      return { ...base, w: 70, jw: 56, jawY: 264, chinY: 306, chinW: 19, noseY: 250, mouthY: 276 };
  }
}

function facePath(h: Head): string {
  const { w, jw, jawY, chinY, chinW, top } = h;
  return [
    `M${p(CX, top)}`,
    `C${p(CX + w * 0.62, top)} ${p(CX + w, top + 36)} ${p(CX + w, 192)}`,
    `C${p(CX + w, 226)} ${p(CX + jw + 7, jawY - 14)} ${p(CX + jw, jawY)}`,
    `C${p(CX + jw - 9, jawY + 20)} ${p(CX + chinW + 14, chinY)} ${p(CX, chinY)}`,
    `C${p(CX - chinW - 14, chinY)} ${p(CX - jw + 9, jawY + 20)} ${p(CX - jw, jawY)}`,
    `C${p(CX - jw - 7, jawY - 14)} ${p(CX - w, 226)} ${p(CX - w, 192)}`,
    `C${p(CX - w, top + 36)} ${p(CX - w * 0.62, top)} ${p(CX, top)}Z`,
  ].join('');
}

// ---------------------------------------------------------------------------
// Palette for one member

interface Palette {
  skin: string;
  skinShade: string;
  skinDeep: string;
  skinLight: string;
  lipUpper: string;
  lipLower: string;
  lipLine: string;
  lash: string;
  sclera: string;
  blush: string;
  hair: string;
  hairTone: string;
  hairLight: string;
  cloth: string;
  clothShade: string;
  clothLight: string;
  under: string;
  underShade: string;
}

function palette(a: Appearance): Palette {
  const dark = luminance(a.skin) < 0.35;
  const lipBase = dark ? mix(shade(a.skin, 0.18), '#6a2e2e', 0.22) : mix(shade(a.skin, 0.12), '#b25f5a', 0.38);
  return {
    skin: a.skin,
    skinShade: shade(a.skin, dark ? 0.17 : 0.1),
    skinDeep: shade(a.skin, dark ? 0.32 : 0.24),
    skinLight: light(a.skin, dark ? 0.1 : 0.22),
    lipUpper: shade(lipBase, 0.1),
    lipLower: dark ? mix(lipBase, '#a8625a', 0.12) : light(lipBase, 0.1),
    lipLine: shade(lipBase, dark ? 0.35 : 0.3),
    lash: dark ? '#1a1210' : mix(shade(a.brows, 0.45), '#2a1f1b', 0.5),
    sclera: dark ? '#efe7dc' : '#f6f1ea',
    blush: dark ? '#8a3f38' : '#d98876',
    hair: a.hair.colour,
    hairTone: a.hair.tone,
    hairLight: light(a.hair.colour, 0.18),
    cloth: a.clothing.colour,
    clothShade: shade(a.clothing.colour, 0.14),
    clothLight: light(a.clothing.colour, 0.1),
    under: a.clothing.under,
    underShade: shade(a.clothing.under, 0.12),
  };
}

// ---------------------------------------------------------------------------
// Body: neck, shoulders and clothing

/** Where the neck meets the shoulders. */
const NY = 348;
const NX = 42;

function torsoPath(s: number): string {
  // s: shoulder lift. The trapezius line rises with tension; arms stay cropped.
  return [
    `M-6 500L-2 470`,
    `C${p(4, 428 - s)} ${p(30, 406 - s)} ${p(80, 396 - s)}`,
    `C${p(116, 388 - s)} ${p(144, 376 - s * 0.6)} ${p(CX - NX, NY)}`,
    `Q${p(CX, NY + 14)} ${p(CX + NX, NY)}`,
    `C${p(256, 376 - s * 0.6)} ${p(284, 388 - s)} ${p(320, 396 - s)}`,
    `C${p(370, 406 - s)} ${p(396, 428 - s)} ${p(402, 470)}`,
    `L406 500Z`,
  ].join('');
}

function neck(h: Head, pal: Palette): string {
  const nw = Math.max(33, h.jw * 0.64);
  const d = `M${p(CX - nw, h.jawY - 24)}C${p(CX - nw, 310)} ${p(CX - nw - 2, 336)} ${p(CX - NX - 6, NY + 8)}Q${p(CX, NY + 30)} ${p(CX + NX + 6, NY + 8)}C${p(CX + nw + 2, 336)} ${p(CX + nw, 310)} ${p(CX + nw, h.jawY - 24)}Z`;
  // Shadow cast by the jaw, and a softer tone down the right side.
  const shadow = `M${p(CX - nw - 2, h.jawY - 10)}Q${p(CX, h.chinY + 40)} ${p(CX + nw + 2, h.jawY - 10)}L${p(CX + nw + 2, h.jawY - 30)}L${p(CX - nw - 2, h.jawY - 30)}Z`;
  const side = `M${p(CX + nw * 0.45, h.chinY)}C${p(CX + nw * 0.5, 330)} ${p(CX + nw * 0.7, 346)} ${p(CX + NX + 6, NY + 8)}L${p(CX + nw + 2, 320)}L${p(CX + nw, h.chinY - 10)}Z`;
  return path(d, pal.skinShade) + path(side, pal.skinDeep, 'opacity="0.35"') + path(shadow, pal.skinDeep, 'opacity="0.7"');
}

function behindNeck(a: Appearance, pal: Palette, e: Expression): string {
  if (a.clothing.style !== 'hoodie') return '';
  const s = e.shoulders;
  return path(`M${p(112, 392 - s)}C${p(118, 350)} ${p(150, 318)} ${p(200, 316)}C${p(250, 318)} ${p(282, 350)} ${p(288, 392 - s)}Z`, shade(pal.cloth, 0.22));
}

function clothing(a: Appearance, pal: Palette, e: Expression): string {
  const s = e.shoulders;
  const out: string[] = [];
  out.push(path(torsoPath(s), pal.cloth));
  // Arms: a soft fold where each arm meets the chest, and shade on the far side.
  out.push(
    path(
      `M${p(70, 430 - s * 0.7)}C${p(84, 450)} ${p(90, 475)} ${p(92, 500)}L${p(60, 500)}C${p(64, 470)} ${p(64, 448)} ${p(70, 430 - s * 0.7)}Z`,
      pal.clothShade,
      'opacity="0.55"',
    ),
  );
  out.push(
    path(
      `M${p(330, 430 - s * 0.7)}C${p(316, 450)} ${p(310, 475)} ${p(308, 500)}L${p(406, 500)}L${p(402, 472)}C${p(394, 440 - s)} ${p(366, 412 - s)} ${p(330, 404 - s)}Z`,
      pal.clothShade,
    ),
  );
  // A touch of light across the near shoulder.
  out.push(
    path(
      `M${p(20, 450 - s)}C${p(34, 420 - s)} ${p(60, 408 - s)} ${p(96, 400 - s)}C${p(70, 412 - s)} ${p(44, 428 - s)} ${p(32, 458 - s)}Z`,
      pal.clothLight,
      'opacity="0.4"',
    ),
  );

  switch (a.clothing.style) {
    case 'hoodie': {
      // The hood lies open around the neck: its edges meet in a soft V, with drawstrings.
      out.push(path(`M150 352C164 348 180 360 200 384C220 360 236 348 250 352C262 366 258 384 246 392C230 398 214 400 200 402C186 400 170 398 154 392C142 384 138 366 150 352Z`, pal.clothShade));
      out.push(path(`M154 350C168 350 184 364 200 386L200 400C184 396 166 392 156 384C146 374 146 360 154 350Z`, pal.clothLight, 'opacity="0.8"'));
      out.push(path(`M246 350C232 350 216 364 200 386L200 400C216 396 234 392 244 384C254 374 254 360 246 350Z`, pal.cloth));
      out.push(stroke(`M186 394C185 418 184 436 183 452`, light(pal.cloth, 0.3), 2.2));
      out.push(stroke(`M214 394C215 418 216 436 217 452`, light(pal.cloth, 0.3), 2.2));
      out.push(`<rect x="180.5" y="450" width="5" height="9" rx="2" fill="${light(pal.cloth, 0.3)}"/><rect x="214.5" y="450" width="5" height="9" rx="2" fill="${light(pal.cloth, 0.3)}"/>`);
      break;
    }
    case 't-shirt': {
      out.push(path(`M154 346Q200 392 246 346L250 352Q200 402 150 352Z`, pal.under));
      break;
    }
    case 'jumper': {
      out.push(path(`M158 346Q200 382 242 346L244 350Q200 392 156 350Z`, pal.under));
      out.push(path(`M150 346Q200 390 250 346L256 356Q200 408 144 356Z`, pal.clothShade));
      for (let i = 0; i < 11; i++) {
        const u = i / 10;
        const x = 148 + u * 104;
        const y = 350 + Math.sin(u * Math.PI) * 24;
        out.push(stroke(`M${p(x, y)}l${f((x - CX) * 0.03)} 7`, shade(pal.cloth, 0.28), 1.2, 'opacity="0.55"'));
      }
      break;
    }
    case 'shirt': {
      // Open collar: a little V of skin and two soft collar points.
      out.push(path(`M164 348L200 408L236 348Q200 368 164 348Z`, pal.skinShade));
      out.push(path(`M158 336L200 408L182 422L150 366Z`, pal.clothLight));
      out.push(path(`M242 336L200 408L218 422L250 366Z`, pal.underShade));
      out.push(stroke(`M200 408L200 500`, pal.underShade, 1.6));
      out.push(`<circle cx="204" cy="440" r="2" fill="${pal.underShade}"/><circle cx="204" cy="476" r="2" fill="${pal.underShade}"/>`);
      break;
    }
    case 'tunic': {
      out.push(path(`M160 348L200 404L240 348Q200 366 160 348Z`, pal.skinShade));
      out.push(stroke(`M157 347L200 407L243 347`, pal.under, 2));
      out.push(stroke(`M${p(90, 400 - s)}Q76 440 82 500`, pal.under, 1.6, 'opacity="0.7"'));
      out.push(path(`M236 430h34v6h-34z`, pal.clothShade));
      break;
    }
    case 'cardigan': {
      out.push(path(`M158 348Q200 372 242 348L214 500L186 500Z`, pal.under));
      out.push(path(`M158 348Q200 372 242 348L238 356Q200 382 162 356Z`, pal.underShade, 'opacity="0.6"'));
      out.push(path(`M150 350L162 354L192 500L172 500Z`, pal.clothLight, 'opacity="0.85"'));
      out.push(path(`M250 350L238 354L208 500L228 500Z`, pal.clothShade));
      for (const y of [430, 468]) out.push(`<circle cx="${f(180 + (y - 420) * 0.1)}" cy="${y}" r="3" fill="${shade(pal.cloth, 0.3)}"/>`);
      break;
    }
    case 'blazer': {
      out.push(path(`M158 348Q200 372 242 348L214 500L186 500Z`, pal.under));
      out.push(path(`M158 348Q200 372 242 348L238 358Q200 382 162 358Z`, pal.underShade, 'opacity="0.5"'));
      // Lapels.
      out.push(path(`M146 352L160 350L188 450L178 500L158 500L164 440L142 404L152 390Z`, pal.clothLight));
      out.push(path(`M254 352L240 350L212 450L222 500L242 500L236 440L258 404L248 390Z`, pal.clothShade));
      out.push(stroke(`M142 404L164 440L158 500`, shade(pal.cloth, 0.28), 1.4, 'opacity="0.7"'));
      out.push(stroke(`M258 404L236 440L242 500`, shade(pal.cloth, 0.32), 1.4, 'opacity="0.7"'));
      break;
    }
    case 'fleece': {
      // Stand collar, zipped most of the way up.
      out.push(path(`M160 348L200 392L240 348Q200 362 160 348Z`, pal.skinShade));
      out.push(path(`M146 354C146 340 156 330 172 328C178 344 188 362 200 380L200 398C180 392 158 378 146 354Z`, pal.clothLight));
      out.push(path(`M254 354C254 340 244 330 228 328C222 344 212 362 200 380L200 398C220 392 242 378 254 354Z`, pal.clothShade));
      out.push(stroke(`M172 330C180 346 190 362 200 378C210 362 220 346 228 330`, pal.under, 1.6, 'opacity="0.8"'));
      out.push(stroke(`M200 384L200 480`, shade(pal.cloth, 0.35), 2));
      out.push(path(`M197 382h6v14a3 3 0 0 1-6 0z`, light(pal.cloth, 0.4)));
      break;
    }
  }
  return out.join('');
}

function lanyard(colour: string | null): string {
  if (!colour) return '';
  const deep = shade(colour, 0.2);
  return [
    path(`M162 350C166 400 180 440 193 470L199 470C188 440 176 400 169 352Z`, colour),
    path(`M238 350C234 400 220 440 207 470L201 470C212 440 224 400 231 352Z`, deep),
    `<rect x="190" y="466" width="20" height="8" rx="2" fill="${deep}"/>`,
    `<rect x="181" y="472" width="38" height="40" rx="4" fill="#f3efe7"/>`,
    `<rect x="181" y="472" width="38" height="9" rx="3" fill="${colour}"/>`,
    `<rect x="187" y="486" width="11" height="13" rx="2" fill="#cfc8bc"/>`,
  ].join('');
}

// ---------------------------------------------------------------------------
// Face features

function ears(h: Head, pal: Palette, earrings: string | null): string {
  const out: string[] = [];
  for (const side of [-1, 1]) {
    const x = CX + side * (h.w - 3);
    out.push(`<ellipse cx="${f(x)}" cy="224" rx="12" ry="21" fill="${side < 0 ? pal.skin : pal.skinShade}"/>`);
    out.push(stroke(`M${p(x + side * 5, 212)}C${p(x + side * 9, 222)} ${p(x + side * 6, 234)} ${p(x + side * 1, 238)}`, pal.skinDeep, 2, 'opacity="0.6"'));
    if (earrings) out.push(`<circle cx="${f(x + side * 2)}" cy="245" r="3.4" fill="${earrings}"/>`);
  }
  return out.join('');
}

function eyes(a: Appearance, h: Head, pal: Palette, e: Expression, pid: string, age: number): string {
  const out: string[] = [];
  const defs: string[] = [];
  const ey = h.eyeY;
  const roundEye = a.eyes.shape === 'round';
  const hooded = a.eyes.shape === 'hooded';
  for (const side of [-1, 1]) {
    // side -1: viewer's left eye (the person's right eye).
    const ex = CX + side * 30;
    const inner = { x: ex - side * 12.5, y: ey + 1.2 };
    const outer = { x: ex + side * 14, y: ey - 1.4 };
    const openTop = (roundEye ? 9.8 : 8.8) - e.lidUpper - (hooded ? 0.8 : 0);
    const upperY = ey - Math.max(1.4, openTop);
    const lowerY = ey + (roundEye ? 5.6 : 5) - e.lidLower;
    const midY = (inner.y + outer.y) / 2;
    const cu = { x: ex + side * 1.5, y: 2 * upperY - midY };
    const cl = { x: ex, y: 2 * lowerY - midY };
    const opening = `M${p(inner.x, inner.y)}Q${p(cu.x, cu.y)} ${p(outer.x, outer.y)}Q${p(cl.x, cl.y)} ${p(inner.x, inner.y)}Z`;
    const clipId = `${pid}-eye${side < 0 ? 'l' : 'r'}`;
    defs.push(`<clipPath id="${clipId}"><path d="${opening}"/></clipPath>`);
    const ix = ex + e.gazeX;
    const iy = ey + 0.6 + e.gazeY;
    // Lid crease and (with age) a soft line beneath the eye.
    const creaseY = upperY - (hooded ? 3.5 : 5.5);
    const creaseD = `M${p(inner.x + side * 2, inner.y - 4)}Q${p(ex, 2 * creaseY - (ey - 3))} ${p(outer.x + side * 1.5, outer.y - 3.5)}`;
    if (hooded) {
      out.push(path(`${creaseD}Q${p(ex + side * 4, upperY - 1)} ${p(inner.x + side * 2, inner.y - 4)}Z`, pal.skinShade, 'opacity="0.7"'));
    }
    out.push(stroke(creaseD, pal.skinDeep, 1.5, 'opacity="0.45"'));
    if (age >= 48) {
      out.push(stroke(`M${p(ex - side * 7, lowerY + 5)}Q${p(ex + side * 2, lowerY + 8.5)} ${p(ex + side * 11, lowerY + 4)}`, pal.skinDeep, 1.3, 'opacity="0.35"'));
      out.push(stroke(`M${p(outer.x + side * 4, outer.y + 1)}l${f(side * 5)} 2M${p(outer.x + side * 4, outer.y + 5)}l${f(side * 4.5)} 3.5`, pal.skinDeep, 1.2, 'opacity="0.35"'));
    }
    out.push(path(opening, pal.sclera));
    out.push(
      `<g clip-path="url(#${clipId})">` +
        `<circle cx="${f(ix)}" cy="${f(iy)}" r="7" fill="${a.eyes.colour}"/>` +
        `<circle cx="${f(ix)}" cy="${f(iy)}" r="3.3" fill="#1b1412"/>` +
        `<circle cx="${f(ix + 2.1)}" cy="${f(iy - 2.3)}" r="1.6" fill="#ffffff" opacity="0.9"/>` +
        // The upper lid casts a faint shadow over the top of the eye.
        path(`M${p(inner.x - 2, inner.y - 12)}L${p(outer.x + 2, outer.y - 12)}L${p(outer.x + 2, outer.y)}Q${p(cu.x, cu.y + 4)} ${p(inner.x, inner.y + 1)}Z`, pal.skinDeep, 'opacity="0.18"') +
        `</g>`,
    );
    // Upper lash line, slightly heavier towards the outer corner.
    out.push(stroke(`M${p(inner.x, inner.y)}Q${p(cu.x, cu.y)} ${p(outer.x, outer.y)}`, pal.lash, 2));
    out.push(path(`M${p(outer.x - side * 6, outer.y - 2.2 - (upperY < ey - 5 ? 1 : 0))}Q${p(outer.x - side * 1, outer.y - 1.6)} ${p(outer.x + side * 1.5, outer.y + 0.2)}L${p(outer.x - side * 1, outer.y + 0.6)}Z`, pal.lash));
    out.push(stroke(`M${p(inner.x + side * 3, inner.y + 1.5)}Q${p(cl.x, cl.y)} ${p(outer.x - side * 2, outer.y + 1.8)}`, pal.skinDeep, 1, 'opacity="0.45"'));
  }
  return `<defs>${defs.join('')}</defs>${out.join('')}`;
}

function brows(a: Appearance, h: Head, e: Expression): string {
  const out: string[] = [];
  const by = h.eyeY - 21;
  for (const side of [-1, 1]) {
    const ex = CX + side * 30;
    const asym = side < 0 ? e.browAsym : 0;
    const inner = { x: CX + side * (13 - e.browPinch), y: by + 2 + e.browInner + asym * 0.5 };
    const outer = { x: ex + side * 19, y: by + 5 + e.browOuter + asym };
    const mid = { x: ex + side * 2, y: by - 3 + (e.browInner * 0.45 + e.browOuter * 0.3) + asym };
    const thick = 5.4;
    const cTop = { x: 2 * mid.x - (inner.x + outer.x) / 2, y: 2 * (mid.y - thick * 0.5) - (inner.y - thick + outer.y) / 2 };
    const cBot = { x: 2 * mid.x - (inner.x + outer.x) / 2, y: 2 * (mid.y + thick * 0.5) - (inner.y + 0.5 + outer.y) / 2 };
    out.push(
      path(
        `M${p(inner.x, inner.y + 0.5)}L${p(inner.x + side * 0.5, inner.y - thick)}Q${p(cTop.x, cTop.y)} ${p(outer.x, outer.y)}Q${p(cBot.x, cBot.y)} ${p(inner.x, inner.y + 0.5)}Z`,
        a.brows,
      ),
    );
  }
  return out.join('');
}

function nose(a: Appearance, h: Head, pal: Palette): string {
  const y = h.noseY;
  const nw = a.nose === 'broad' ? 15 : a.nose === 'narrow' ? 9.5 : 12;
  const out: string[] = [];
  // Shade down the right side of the bridge (light from the upper left).
  out.push(
    path(
      `M${p(CX + 5, h.eyeY + 6)}C${p(CX + 9, h.eyeY + 20)} ${p(CX + nw * 0.55 + 3, y - 16)} ${p(CX + nw * 0.55 + 4, y - 4)}L${p(CX + nw * 0.55 - 1, y - 2)}C${p(CX + 7, y - 14)} ${p(CX + 5, h.eyeY + 20)} ${p(CX + 3, h.eyeY + 8)}Z`,
      pal.skinShade,
    ),
  );
  // Underside of the nose and the nostril wings.
  out.push(
    path(
      `M${p(CX - nw, y)}C${p(CX - nw - 2, y + 7)} ${p(CX - 6, y + 8)} ${p(CX, y + 6)}C${p(CX + 6, y + 8)} ${p(CX + nw + 2, y + 7)} ${p(CX + nw, y)}C${p(CX + nw - 3, y + 3)} ${p(CX + 5, y + 4)} ${p(CX, y + 2.5)}C${p(CX - 5, y + 4)} ${p(CX - nw + 3, y + 3)} ${p(CX - nw, y)}Z`,
      pal.skinDeep,
      'opacity="0.8"',
    ),
  );
  out.push(stroke(`M${p(CX - nw + 1, y - 7)}C${p(CX - nw - 3, y - 3)} ${p(CX - nw - 2, y + 3)} ${p(CX - nw + 2, y + 5)}`, pal.skinDeep, 1.5, 'opacity="0.55"'));
  out.push(stroke(`M${p(CX + nw - 1, y - 7)}C${p(CX + nw + 3, y - 3)} ${p(CX + nw + 2, y + 3)} ${p(CX + nw - 2, y + 5)}`, pal.skinDeep, 1.5, 'opacity="0.7"'));
  // Soft highlight on the tip.
  out.push(`<ellipse cx="${f(CX - 2)}" cy="${f(y - 5)}" rx="4.5" ry="3" fill="${pal.skinLight}" opacity="0.5"/>`);
  return out.join('');
}

function mouth(a: Appearance, h: Head, pal: Palette, e: Expression): string {
  const my = h.mouthY;
  const full = a.lips === 'full' ? 1.3 : a.lips === 'thin' ? 0.72 : 1;
  const k = full * (1 - e.press * 0.55);
  const mw = 21.5 * e.width * (a.lips === 'full' ? 1.06 : 1);
  const lx = CX - mw;
  const rx = CX + mw;
  const ly = my - e.smile * 6;
  const ry = my - e.smile * 6 - e.skew;
  const midY = my + e.smile * 3 - e.skew * 0.4;
  const openH = e.open * 6;
  const out: string[] = [];
  // Philtrum shadow.
  out.push(path(`M${p(CX - 3.5, h.noseY + 9)}Q${p(CX, h.noseY + 12)} ${p(CX + 3.5, h.noseY + 9)}L${p(CX + 4.5, my - 5 * k)}L${p(CX - 4.5, my - 5 * k)}Z`, pal.skinShade, 'opacity="0.5"'));
  // Upper lip.
  const upTop = my - 4.6 * k;
  out.push(
    path(
      `M${p(lx, ly)}C${p(CX - mw * 0.55, upTop + 1.5 + e.smile * 1)} ${p(CX - 6, upTop - 0.8)} ${p(CX, upTop + 0.8)}C${p(CX + 6, upTop - 0.8)} ${p(CX + mw * 0.55, upTop + 1.5 + e.smile * 1 - e.skew * 0.5)} ${p(rx, ry)}Q${p(CX, 2 * midY - (ly + ry) / 2)} ${p(lx, ly)}Z`,
      pal.lipUpper,
    ),
  );
  const lowTop = midY + openH;
  const lowBot = lowTop + 7.2 * k - e.smile * 0.5;
  if (openH > 0) {
    out.push(
      path(
        `M${p(lx + 2, ly + 0.6)}Q${p(CX, 2 * midY - (ly + ry) / 2)} ${p(rx - 2, ry + 0.6)}Q${p(CX, 2 * lowTop - (ly + ry) / 2 - 1)} ${p(lx + 2, ly + 0.6)}Z`,
        shade(pal.lipLine, 0.3),
      ),
    );
  }
  // Lower lip.
  out.push(
    path(
      `M${p(lx + 1.5, ly + 0.6)}Q${p(CX, 2 * lowTop - (ly + ry) / 2 - 1)} ${p(rx - 1.5, ry + 0.6)}C${p(CX + mw * 0.6, lowBot + 1)} ${p(CX - mw * 0.6, lowBot + 1)} ${p(lx + 1.5, ly + 0.6)}Z`,
      pal.lipLower,
    ),
  );
  out.push(`<ellipse cx="${f(CX - 4)}" cy="${f(lowTop + 3.5 * k)}" rx="${f(5 * full)}" ry="${f(1.6 * k)}" fill="#ffffff" opacity="0.12"/>`);
  // The line where the lips meet, with soft corners.
  out.push(stroke(`M${p(lx - 1, ly - 0.3)}Q${p(CX, 2 * midY - (ly + ry) / 2)} ${p(rx + 1, ry - 0.3)}`, pal.lipLine, 1.8));
  if (e.smile > 0.3) {
    out.push(stroke(`M${p(lx - 3, ly - 3)}q-2 3 0 6`, pal.skinDeep, 1.3, 'opacity="0.4"'));
    out.push(stroke(`M${p(rx + 3, ry - 3)}q2 3 0 6`, pal.skinDeep, 1.3, 'opacity="0.4"'));
  }
  // Shadow under the lower lip.
  out.push(path(`M${p(CX - 9, lowBot + 3)}Q${p(CX, lowBot + 7)} ${p(CX + 9, lowBot + 3)}Q${p(CX, lowBot + 4.5)} ${p(CX - 9, lowBot + 3)}Z`, pal.skinDeep, 'opacity="0.35"'));
  return out.join('');
}

function ageLines(h: Head, pal: Palette, age: number, e: Expression): string {
  if (age < 40) return '';
  const o = age >= 60 ? 0.5 : age >= 50 ? 0.4 : 0.28;
  const out: string[] = [];
  const lift = e.smile * 2;
  out.push(stroke(`M${p(CX - 19, h.noseY + 2)}C${p(CX - 26, h.noseY + 12 - lift)} ${p(CX - 28, h.mouthY - 4)} ${p(CX - 27, h.mouthY + 8)}`, pal.skinDeep, 1.5, `opacity="${o}"`));
  out.push(stroke(`M${p(CX + 19, h.noseY + 2)}C${p(CX + 26, h.noseY + 12 - lift)} ${p(CX + 28, h.mouthY - 4)} ${p(CX + 27, h.mouthY + 8)}`, pal.skinDeep, 1.5, `opacity="${o}"`));
  if (age >= 55) {
    out.push(stroke(`M${p(CX - 22, 156)}Q${p(CX, 151)} ${p(CX + 22, 156)}`, pal.skinDeep, 1.3, `opacity="${o * 0.6}"`));
  }
  return out.join('');
}

function facialHair(a: Appearance, h: Head, pid: string): string {
  const fh = a.facialHair;
  if (fh.style === 'none') return '';
  const my = h.mouthY;
  const clip = `clip-path="url(#${pid}-face)"`;
  if (fh.style === 'stubble') {
    const bw = h.w;
    const area = `M${p(CX - bw + 2, 232)}C${p(CX - bw + 8, 262)} ${p(CX - 40, my - 4)} ${p(CX - 30, my + 2)}C${p(CX - 32, my - 12)} ${p(CX - 14, my - 13)} ${p(CX, my - 11)}C${p(CX + 14, my - 13)} ${p(CX + 32, my - 12)} ${p(CX + 30, my + 2)}C${p(CX + 40, my - 4)} ${p(CX + bw - 8, 262)} ${p(CX + bw - 2, 232)}L${p(CX + bw + 10, 360)}L${p(CX - bw - 10, 360)}Z`;
    return (
      `<defs><filter id="${pid}-soft" x="-10%" y="-10%" width="120%" height="120%"><feGaussianBlur stdDeviation="2.6"/></filter></defs>` +
      `<g ${clip}><path d="${area}" fill="${fh.colour}" opacity="0.26" filter="url(#${pid}-soft)"/></g>` +
      path(`M${p(CX - h.jw + 6, h.jawY + 6)}Q${p(CX, h.chinY + 24)} ${p(CX + h.jw - 6, h.jawY + 6)}Q${p(CX, h.chinY + 4)} ${p(CX - h.jw + 6, h.jawY + 6)}Z`, fh.colour, 'opacity="0.12"')
    );
  }
  if (fh.style === 'moustache') {
    return path(
      `M${p(CX - 22, my - 1)}C${p(CX - 20, my - 12)} ${p(CX - 6, my - 13)} ${p(CX, my - 10)}C${p(CX + 6, my - 13)} ${p(CX + 20, my - 12)} ${p(CX + 22, my - 1)}C${p(CX + 14, my - 6)} ${p(CX + 6, my - 6)} ${p(CX, my - 5)}C${p(CX - 6, my - 6)} ${p(CX - 14, my - 6)} ${p(CX - 22, my - 1)}Z`,
      fh.colour,
    );
  }
  // Short beard: follows the jaw, a little fuller at the chin, with the mouth left clear.
  const tone = shade(fh.colour, 0.18);
  const bw = h.w;
  const beardD = `M${p(CX - bw - 6, 222)}C${p(CX - bw + 2, 246)} ${p(CX - bw + 14, 262)} ${p(CX - 36, my - 6)}C${p(CX - 30, my - 14)} ${p(CX - 16, my - 13)} ${p(CX, my - 11)}C${p(CX + 16, my - 13)} ${p(CX + 30, my - 14)} ${p(CX + 36, my - 6)}C${p(CX + bw - 14, 262)} ${p(CX + bw - 2, 246)} ${p(CX + bw + 6, 222)}L${p(CX + bw + 10, 360)}L${p(CX - bw - 10, 360)}Z`;
  const beard =
    `<g ${clip}>` +
    path(beardD, fh.colour, 'opacity="0.88"') +
    path(`M${p(CX + 30, my - 2)}C${p(CX + bw - 16, 262)} ${p(CX + bw - 4, 244)} ${p(CX + bw + 6, 222)}L${p(CX + bw + 10, 360)}L${p(CX + 10, 360)}Z`, tone, 'opacity="0.45"') +
    `</g>` +
    path(`M${p(CX - h.jw + 2, h.jawY - 4)}C${p(CX - h.jw + 8, h.chinY + 2)} ${p(CX - 20, h.chinY + 10)} ${p(CX, h.chinY + 10)}C${p(CX + 20, h.chinY + 10)} ${p(CX + h.jw - 8, h.chinY + 2)} ${p(CX + h.jw - 2, h.jawY - 4)}L${p(CX + h.jw - 8, h.jawY - 8)}Q${p(CX, h.chinY + 2)} ${p(CX - h.jw + 8, h.jawY - 8)}Z`, fh.colour, 'opacity="0.9"');
  const strands: string[] = [];
  for (let i = 0; i < 12; i++) {
    const t = i / 11;
    const x = CX - h.jw + 8 + t * (h.jw * 2 - 16);
    const y = h.jawY + 2 + Math.sin(t * Math.PI) * (h.chinY - h.jawY);
    strands.push(`M${p(x, y - 8)}l${f((x - CX) * -0.03)} 6`);
  }
  return beard + stroke(strands.join(''), tone, 1.2, 'opacity="0.55"');
}

// ---------------------------------------------------------------------------
// Hair

interface HairLayers {
  /** Behind the head (and behind the shoulders for long hair). */
  back: string;
  /** In front of the shoulders but behind the face (hair over a shoulder). */
  mid: string;
  /** Over the forehead and sides of the face. */
  front: string;
}

/** A close cap of hair from ear to ear, with a hairline across the forehead. */
function capPath(h: Head, vol: number, hairline: number, temple: number, side = 0): string {
  const w = h.w;
  const top = h.top - vol;
  return [
    `M${p(CX - w - 2, 214)}`,
    `C${p(CX - w - 7, 160)} ${p(CX - w * 0.78, top + 2)} ${p(CX, top)}`,
    `C${p(CX + w * 0.78, top + 2)} ${p(CX + w + 7, 160)} ${p(CX + w + 2, 214)}`,
    `L${p(CX + w - 5, 214)}`,
    `C${p(CX + w - 6, 190)} ${p(CX + w - 8, temple + 10)} ${p(CX + w - 12, temple)}`,
    `C${p(CX + w - 22, hairline + 4)} ${p(CX + 28 + side, hairline - 1)} ${p(CX + side, hairline)}`,
    `C${p(CX - 28 + side, hairline - 1)} ${p(CX - w + 22, hairline + 4)} ${p(CX - w + 12, temple)}`,
    `C${p(CX - w + 8, temple + 10)} ${p(CX - w + 6, 190)} ${p(CX - w + 5, 214)}Z`,
  ].join('');
}

/**
 * Short hair that hugs the skull: a slightly tufted outline over the crown and a
 * soft, broken fringe line, so it reads as hair rather than a cap.
 */
function shortHair(h: Head, vol: number, hairline: number, temple: number, jag: number, sideburn = 214): string {
  const w = h.w;
  const cy = 196;
  const rx = w + 3.5;
  const ry = cy - (h.top - vol);
  const pts: string[] = [];
  const a0 = Math.PI - 0.14;
  const a1 = 2 * Math.PI + 0.14;
  const n = 30;
  pts.push(`M${p(CX - w + 5, sideburn)}L${p(CX - w - 1.5, sideburn)}`);
  for (let i = 0; i <= n; i++) {
    const a = a0 + ((a1 - a0) * i) / n;
    const x = CX + Math.cos(a) * rx;
    const y = cy + Math.sin(a) * ry;
    if (i === 0) {
      pts.push(`L${p(x, y)}`);
      continue;
    }
    // Small tufts that lean towards the back of the head, like short cut hair.
    const am = a0 + ((a1 - a0) * (i - 0.3)) / n;
    const bump = i > 2 && i < n - 2 ? 1.5 : 0.3;
    pts.push(`Q${p(CX + Math.cos(am) * (rx + bump * 2), cy + Math.sin(am) * (ry + bump * 2))} ${p(x, y)}`);
  }
  pts.push(`L${p(CX + w + 1.5, sideburn)}L${p(CX + w - 5, sideburn)}`);
  pts.push(`C${p(CX + w - 6, 190)} ${p(CX + w - 8, temple + 10)} ${p(CX + w - 12, temple)}`);
  // Fringe: from the right temple across to the left, in small tips that point down and to the left.
  const m = 12;
  for (let i = 1; i <= m; i++) {
    const u = i / m;
    const x = CX + w - 12 - u * (2 * w - 24);
    const base = hairline + Math.pow(Math.abs(u * 2 - 1), 2.2) * (temple - hairline) * 0.9;
    const tipX = x + (2 * w - 24) / m / 2;
    pts.push(`Q${p(tipX + 2, base + jag)} ${p(tipX - 2, base + jag * 0.9)}L${p(x, base - jag * 0.2)}`);
  }
  pts.push(`C${p(CX - w + 8, temple + 10)} ${p(CX - w + 6, 190)} ${p(CX - w + 5, sideburn)}Z`);
  return pts.join('');
}

/** A bumpy closed outline around a circle: for curls, coils and puffs. */
function bumpyCircle(cx: number, cy: number, rx: number, ry: number, bumps: number, depth: number, phase = 0): string {
  const pts: string[] = [];
  for (let i = 0; i < bumps; i++) {
    const a0 = phase + (i / bumps) * Math.PI * 2;
    const a1 = phase + ((i + 1) / bumps) * Math.PI * 2;
    const am = (a0 + a1) / 2;
    const x0 = cx + Math.cos(a0) * rx;
    const y0 = cy + Math.sin(a0) * ry;
    const x1 = cx + Math.cos(a1) * rx;
    const y1 = cy + Math.sin(a1) * ry;
    const xm = cx + Math.cos(am) * (rx + depth * 2);
    const ym = cy + Math.sin(am) * (ry + depth * 2);
    if (i === 0) pts.push(`M${p(x0, y0)}`);
    pts.push(`Q${p(xm, ym)} ${p(x1, y1)}`);
  }
  return pts.join('') + 'Z';
}

interface Pt {
  x: number;
  y: number;
}

function quad(p0: Pt, c: Pt, p1: Pt, t: number): Pt {
  const u = 1 - t;
  return { x: u * u * p0.x + 2 * u * t * c.x + t * t * p1.x, y: u * u * p0.y + 2 * u * t * c.y + t * t * p1.y };
}

/**
 * A braid along a polyline: a groove in the tone colour with small overlapping
 * plaits, alternately angled left and right, every `step` px.
 */
function plait(pts: Pt[], groove: string, lit: string, size: number): string {
  const out: string[] = [];
  const first = pts[0];
  if (!first) return '';
  out.push(stroke(`M${pts.map((q) => p(q.x, q.y)).join('L')}`, groove, size * 1.45, 'opacity="0.85"'));
  let acc = 0;
  let n = 0;
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1];
    const b = pts[i];
    if (!a || !b) continue;
    acc += Math.hypot(b.x - a.x, b.y - a.y);
    if (acc < size * 0.8) continue;
    acc = 0;
    const ang = (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI + (n % 2 === 0 ? 35 : -35);
    const off = (n % 2 === 0 ? 1 : -1) * size * 0.22;
    const nx = -(b.y - a.y);
    const ny = b.x - a.x;
    const len = Math.hypot(nx, ny) || 1;
    const cx = b.x + (nx / len) * off;
    const cy = b.y + (ny / len) * off;
    out.push(`<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(size * 0.72)}" ry="${f(size * 0.42)}" transform="rotate(${f(ang)} ${f(cx)} ${f(cy)})" fill="${lit}" opacity="0.8"/>`);
    n++;
  }
  return out.join('');
}

function hair(a: Appearance, h: Head, pal: Palette): HairLayers {
  const w = h.w;
  const c = pal.hair;
  const t = pal.hairTone;
  const hl = pal.hairLight;
  const none: HairLayers = { back: '', mid: '', front: '' };
  switch (a.hair.style) {
    case 'crop': {
      const cap = shortHair(h, 9, 136, 162, 3.2);
      const strands = stroke(
        `M${p(CX - 44, 108)}q14 -6 30 -4M${p(CX + 2, 102)}q18 -2 34 6M${p(CX - 58, 130)}q8 -12 22 -18M${p(CX + 30, 116)}q14 4 24 16M${p(CX - 16, 124)}q12 -8 28 -6M${p(CX + 44, 132)}q6 4 10 12`,
        t,
        1.8,
        'opacity="0.55"',
      );
      return { ...none, front: path(cap, c) + path(`M${p(CX - w * 0.55, 108)}Q${p(CX - 14, 90)} ${p(CX + 22, 96)}Q${p(CX - 12, 98)} ${p(CX - w * 0.55, 114)}Z`, hl, 'opacity="0.55"') + strands };
    }
    case 'side-part': {
      // Neat short hair with a parting on the viewer's left, combed across.
      const cap = shortHair(h, 13, 134, 160, 2.2);
      const strands = stroke(
        `M${p(CX - 24, 100)}C${p(CX + 6, 90)} ${p(CX + 40, 98)} ${p(CX + 62, 128)}M${p(CX - 16, 116)}C${p(CX + 10, 106)} ${p(CX + 38, 112)} ${p(CX + 56, 140)}M${p(CX - 34, 100)}C${p(CX - 50, 106)} ${p(CX - 62, 124)} ${p(CX - 66, 150)}M${p(CX - 6, 128)}C${p(CX + 14, 122)} ${p(CX + 30, 126)} ${p(CX + 44, 138)}`,
        t,
        1.8,
        'opacity="0.7"',
      );
      const part = stroke(`M${p(CX - 28, 98)}C${p(CX - 26, 108)} ${p(CX - 24, 118)} ${p(CX - 22, 130)}`, t, 1.6);
      const sheen = path(`M${p(CX - 18, 100)}C${p(CX + 10, 90)} ${p(CX + 36, 96)} ${p(CX + 50, 112)}C${p(CX + 30, 102)} ${p(CX + 8, 100)} ${p(CX - 16, 108)}Z`, hl, 'opacity="0.6"');
      return { ...none, front: path(cap, c) + sheen + strands + part };
    }
    case 'receding': {
      const top = h.top - 6;
      const d = [
        `M${p(CX - w - 2, 214)}`,
        `C${p(CX - w - 6, 160)} ${p(CX - w * 0.8, top + 2)} ${p(CX, top)}`,
        `C${p(CX + w * 0.8, top + 2)} ${p(CX + w + 6, 160)} ${p(CX + w + 2, 214)}`,
        `L${p(CX + w - 5, 214)}C${p(CX + w - 6, 186)} ${p(CX + w - 8, 160)} ${p(CX + w - 14, 146)}`,
        `C${p(CX + w - 22, 124)} ${p(CX + 42, 108)} ${p(CX + 30, 110)}`,
        `C${p(CX + 18, 112)} ${p(CX + 10, 120)} ${p(CX, 122)}C${p(CX - 10, 120)} ${p(CX - 18, 112)} ${p(CX - 30, 110)}`,
        `C${p(CX - 42, 108)} ${p(CX - w + 22, 124)} ${p(CX - w + 14, 146)}`,
        `C${p(CX - w + 8, 160)} ${p(CX - w + 6, 186)} ${p(CX - w + 5, 214)}Z`,
      ].join('');
      const strands = stroke(`M${p(CX - 14, 112)}q14 -5 28 0M${p(CX - 60, 150)}q2 -18 14 -30M${p(CX + 60, 150)}q-2 -18 -14 -30`, t, 1.8, 'opacity="0.6"');
      return { ...none, front: path(d, c) + strands };
    }
    case 'close-crop': {
      // Very short hair lies close to the scalp: a thin layer that lets the head's shape show.
      const cap = shortHair(h, 4, 130, 152, 1.2, 198);
      const dots: string[] = [];
      for (let i = 0; i < 70; i++) {
        const r = Math.sqrt((i + 0.5) / 70);
        const ang = i * 2.39996;
        const x = CX + Math.cos(ang) * r * (w - 6);
        const y = 150 + Math.sin(ang) * r * 58 - 14;
        const inside = ((x - CX) / (w - 2)) ** 2 + ((y - 196) / (196 - h.top + 2)) ** 2 < 0.9;
        if (!inside || (y > 132 && Math.abs(x - CX) < w - 14)) continue;
        dots.push(`<circle cx="${f(x)}" cy="${f(y)}" r="1.3" fill="${t}" opacity="0.6"/>`);
      }
      return { ...none, front: path(cap, c, 'opacity="0.9"') + dots.join('') + path(`M${p(CX - 34, 104)}Q${p(CX, 92)} ${p(CX + 34, 104)}Q${p(CX, 98)} ${p(CX - 34, 106)}Z`, light(c, 0.3), 'opacity="0.5"') };
    }
    case 'curly': {
      // Loose dark curls: many small overlapping coils, a few falling onto the forehead.
      const parts: string[] = [path(capPath(h, 16, 140, 168), c)];
      const edge = shade(c, 0.35);
      const curls: Array<[number, number, number]> = [];
      for (let ring = 0; ring < 2; ring++) {
        const count = ring === 0 ? 17 : 11;
        for (let i = 0; i <= count; i++) {
          const u = i / count;
          const ang = Math.PI * (0.96 + u * 1.08);
          const rad = ring === 0 ? w + 8 : w - 12;
          const cyy = ring === 0 ? 176 : 170;
          const ry = ring === 0 ? w + 24 : w + 4;
          curls.push([CX + Math.cos(ang) * rad + (i % 2) * 2, cyy + Math.sin(ang) * ry, 9.5 + ((i * 7) % 4)]);
        }
      }
      for (const [x, y] of [[CX - 46, 140], [CX - 26, 134], [CX - 6, 138], [CX + 14, 132], [CX + 34, 138], [CX + 52, 146], [CX - 60, 154], [CX + 64, 160], [CX - 14, 118], [CX + 24, 114]] as const) curls.push([x, y, 9]);
      curls.forEach(([x, y, r], i) => {
        parts.push(`<circle cx="${f(x)}" cy="${f(y)}" r="${f(r)}" fill="${c}" stroke="${edge}" stroke-width="1.2"/>`);
        const s = i % 2 === 0 ? 1 : -1;
        parts.push(stroke(`M${p(x - r * 0.45 * s, y + r * 0.15)}a${f(r * 0.45)} ${f(r * 0.42)} 0 1 ${s > 0 ? 1 : 0} ${f(r * 0.6 * s)} ${f(r * 0.25)}`, t, 1.5, 'opacity="0.85"'));
      });
      return { ...none, back: `<ellipse cx="${CX}" cy="150" rx="${f(w + 14)}" ry="${f(w)}" fill="${edge}"/>`, front: parts.join('') };
    }
    case 'bob': {
      const back = `M${p(CX, h.top - 16)}C${p(CX + w + 30, h.top - 12)} ${p(CX + w + 30, 220)} ${p(CX + w + 22, 296)}Q${p(CX + w + 10, 308)} ${p(CX + w - 8, 300)}L${p(CX - w + 8, 300)}Q${p(CX - w - 10, 308)} ${p(CX - w - 22, 296)}C${p(CX - w - 30, 220)} ${p(CX - w - 30, h.top - 12)} ${p(CX, h.top - 16)}Z`;
      const front = [
        // Side panels over the ears, ending a little below the jaw.
        `M${p(CX + w + 24, 200)}C${p(CX + w + 24, 250)} ${p(CX + w + 22, 280)} ${p(CX + w + 18, 298)}Q${p(CX + w + 4, 306)} ${p(CX + w - 12, 296)}C${p(CX + w - 6, 266)} ${p(CX + w - 6, 220)} ${p(CX + w - 10, 170)}Z`,
        `M${p(CX - w - 24, 200)}C${p(CX - w - 24, 250)} ${p(CX - w - 22, 280)} ${p(CX - w - 18, 298)}Q${p(CX - w - 4, 306)} ${p(CX - w + 12, 296)}C${p(CX - w + 6, 266)} ${p(CX - w + 6, 220)} ${p(CX - w + 10, 170)}Z`,
      ];
      const crown = `M${p(CX - w - 24, 210)}C${p(CX - w - 28, 130)} ${p(CX - w * 0.7, h.top - 16)} ${p(CX + 10, h.top - 16)}C${p(CX + w * 0.8, h.top - 14)} ${p(CX + w + 28, 130)} ${p(CX + w + 24, 210)}L${p(CX + w - 8, 200)}C${p(CX + w - 12, 160)} ${p(CX + 40, 136)} ${p(CX + 16, 126)}C${p(CX - 10, 150)} ${p(CX - 40, 162)} ${p(CX - w + 8, 172)}L${p(CX - w + 6, 200)}Z`;
      const strands = stroke(
        `M${p(CX + 16, 100)}C${p(CX - 10, 116)} ${p(CX - 40, 140)} ${p(CX - w + 6, 168)}M${p(CX + 30, 104)}C${p(CX + 60, 116)} ${p(CX + w + 14, 170)} ${p(CX + w + 16, 260)}M${p(CX - 20, 104)}C${p(CX - 60, 112)} ${p(CX - w - 16, 170)} ${p(CX - w - 16, 260)}M${p(CX + 2, 120)}C${p(CX - 20, 134)} ${p(CX - 36, 146)} ${p(CX - 50, 152)}`,
        t,
        1.8,
        'opacity="0.75"',
      );
      return { back: path(back, t), mid: '', front: front.map((d) => path(d, c)).join('') + path(crown, c) + path(`M${p(CX - 40, 106)}Q${p(CX, 90)} ${p(CX + 40, 102)}Q${p(CX, 98)} ${p(CX - 40, 112)}Z`, pal.hairLight, 'opacity="0.7"') + strands };
    }
    case 'afro-puff': {
      const puffCy = h.top - 30;
      const puff = bumpyCircle(CX, puffCy, 64, 47, 26, 2.2, 0.1);
      const coils: string[] = [];
      for (let i = 0; i < 46; i++) {
        // Deterministic scatter over the puff (golden-angle spiral).
        const r = Math.sqrt(i / 46) * 52;
        const ang = i * 2.39996;
        const x = CX + Math.cos(ang) * r;
        const y = puffCy + Math.sin(ang) * r * 0.74;
        coils.push(`M${p(x - 3, y)}a3 3 0 1 1 ${f(4)} 2.4`);
      }
      const back =
        path(puff, c) +
        path(bumpyCircle(CX - 12, puffCy - 8, 38, 26, 16, 1.5, 0.3), hl, 'opacity="0.35"') +
        stroke(coils.join(''), t, 1.5, 'opacity="0.75"');
      // Hair smoothed back from the face towards the puff, with soft edges at the hairline.
      const cap = capPath(h, 4, 130, 156);
      const lines = stroke(
        `M${p(CX - 50, 136)}C${p(CX - 44, 118)} ${p(CX - 30, 104)} ${p(CX - 16, 96)}M${p(CX - 22, 130)}C${p(CX - 16, 116)} ${p(CX - 10, 104)} ${p(CX - 4, 94)}M${p(CX + 22, 130)}C${p(CX + 16, 116)} ${p(CX + 10, 104)} ${p(CX + 4, 94)}M${p(CX + 50, 136)}C${p(CX + 44, 118)} ${p(CX + 30, 104)} ${p(CX + 16, 96)}`,
        t,
        1.5,
        'opacity="0.7"',
      );
      const band = path(`M${p(CX - 38, h.top - 2)}Q${p(CX, h.top - 14)} ${p(CX + 38, h.top - 2)}L${p(CX + 36, h.top + 5)}Q${p(CX, h.top - 6)} ${p(CX - 36, h.top + 5)}Z`, shade(c, 0.3));
      return { back, mid: '', front: path(cap, c) + lines + band };
    }
    case 'braids-bun': {
      const bunCy = h.top - 28;
      const parts: string[] = [];
      const back: string[] = [`<ellipse cx="${CX}" cy="${f(bunCy)}" rx="44" ry="34" fill="${c}"/>`];
      // The bun: one braid coiled inwards.
      const spiral: Pt[] = [];
      for (let s = 0; s < 150; s++) {
        const turn = s / 150;
        const ang = turn * Math.PI * 2 * 2.6;
        const r = 36 - turn * 30;
        spiral.push({ x: CX + Math.cos(ang) * r * 1.2, y: bunCy + Math.sin(ang) * r * 0.9 });
      }
      back.push(plait(spiral, t, hl, 5.6));
      parts.push(path(capPath(h, 8, 132, 156), c));
      // Braids from the hairline up and back towards the bun.
      for (let i = 0; i < 11; i++) {
        const u = (i / 10) * 2 - 1;
        const p0 = { x: CX + u * (w - 8), y: 136 + u * u * 34 };
        const p1 = { x: CX + u * 26, y: h.top - 8 };
        const c0 = { x: CX + u * (w - 2), y: h.top + 6 };
        const pts: Pt[] = [];
        for (let k = 0; k <= 40; k++) pts.push(quad(p0, c0, p1, k / 40));
        parts.push(plait(pts, t, hl, 5));
      }
      return { back: back.join(''), mid: '', front: parts.join('') };
    }
    case 'ponytail': {
      // Hair drawn back from a centre parting, a strand framing each side, ponytail over the right shoulder.
      const cap = capPath(h, 12, 136, 168);
      const sides =
        path(`M${p(CX - w + 4, 150)}C${p(CX - w - 4, 190)} ${p(CX - w - 2, 240)} ${p(CX - w + 6, 268)}C${p(CX - w + 2, 240)} ${p(CX - w + 4, 200)} ${p(CX - w + 14, 168)}Z`, c) +
        path(`M${p(CX + w - 4, 150)}C${p(CX + w + 4, 190)} ${p(CX + w + 2, 240)} ${p(CX + w - 6, 268)}C${p(CX + w - 2, 240)} ${p(CX + w - 4, 200)} ${p(CX + w - 14, 168)}Z`, c);
      const parting = stroke(`M${p(CX + 2, h.top - 10)}Q${p(CX + 1, 116)} ${p(CX, 136)}`, t, 1.6);
      const strands = stroke(
        `M${p(CX - 4, 110)}C${p(CX - 30, 108)} ${p(CX - 54, 124)} ${p(CX - 64, 160)}M${p(CX + 4, 110)}C${p(CX + 30, 108)} ${p(CX + 54, 124)} ${p(CX + 64, 160)}M${p(CX - 6, 126)}C${p(CX - 30, 126)} ${p(CX - 50, 140)} ${p(CX - 58, 170)}M${p(CX + 6, 126)}C${p(CX + 30, 126)} ${p(CX + 50, 140)} ${p(CX + 58, 170)}`,
        t,
        1.5,
        'opacity="0.6"',
      );
      const tail = `M${p(CX + w - 6, 236)}C${p(CX + w + 26, 262)} ${p(CX + w + 30, 330)} ${p(CX + w + 8, 392)}C${p(CX + w - 4, 426)} ${p(CX + w + 6, 450)} ${p(CX + w - 2, 470)}C${p(CX + w + 26, 448)} ${p(CX + w + 34, 400)} ${p(CX + w + 40, 356)}C${p(CX + w + 46, 300)} ${p(CX + w + 30, 250)} ${p(CX + w + 6, 226)}Z`;
      const tailStrands = stroke(`M${p(CX + w + 10, 250)}C${p(CX + w + 30, 300)} ${p(CX + w + 26, 360)} ${p(CX + w + 14, 420)}M${p(CX + w + 24, 270)}C${p(CX + w + 38, 320)} ${p(CX + w + 34, 380)} ${p(CX + w + 20, 440)}`, t, 1.5, 'opacity="0.6"');
      const tie = path(`M${p(CX + w - 2, 226)}l12 -6l8 12l-12 6z`, shade(c, 0.35));
      const back = `<ellipse cx="${CX}" cy="170" rx="${f(w + 8)}" ry="${f(w + 14)}" fill="${t}"/>`;
      return { back, mid: path(tail, c) + tailStrands + tie, front: path(cap, c) + path(`M${p(CX - 46, 110)}Q${p(CX - 20, 96)} ${p(CX - 6, 100)}Q${p(CX - 24, 104)} ${p(CX - 46, 118)}Z`, hl, 'opacity="0.6"') + sides + parting + strands };
    }
    case 'long-straight': {
      const back = `M${p(CX - 4, h.top - 14)}C${p(CX + w + 34, h.top - 12)} ${p(CX + w + 30, 200)} ${p(CX + w + 34, 300)}C${p(CX + w + 38, 370)} ${p(CX + w + 44, 420)} ${p(CX + w + 40, 446)}L${p(CX - w - 40, 446)}C${p(CX - w - 44, 420)} ${p(CX - w - 38, 370)} ${p(CX - w - 34, 300)}C${p(CX - w - 30, 200)} ${p(CX - w - 34, h.top - 12)} ${p(CX - 4, h.top - 14)}Z`;
      const partX = CX - 14;
      const left = `M${p(partX, h.top - 12)}C${p(CX - w + 4, h.top - 4)} ${p(CX - w - 20, 140)} ${p(CX - w - 22, 220)}C${p(CX - w - 24, 280)} ${p(CX - w - 14, 330)} ${p(CX - w - 2, 352)}L${p(CX - w + 10, 340)}C${p(CX - w + 2, 300)} ${p(CX - w + 4, 240)} ${p(CX - w + 8, 196)}C${p(CX - w + 14, 160)} ${p(CX - 30, 134)} ${p(partX, 118)}Z`;
      const right = `M${p(partX, h.top - 12)}C${p(CX + w * 0.8, h.top - 12)} ${p(CX + w + 22, 130)} ${p(CX + w + 22, 220)}C${p(CX + w + 24, 280)} ${p(CX + w + 14, 330)} ${p(CX + w + 2, 352)}L${p(CX + w - 10, 340)}C${p(CX + w - 2, 300)} ${p(CX + w - 4, 240)} ${p(CX + w - 8, 196)}C${p(CX + w - 16, 150)} ${p(CX + 20, 124)} ${p(partX + 2, 118)}Z`;
      const strands = stroke(
        `M${p(partX - 4, h.top - 4)}C${p(CX - w + 4, 120)} ${p(CX - w - 12, 180)} ${p(CX - w - 12, 260)}M${p(partX + 6, h.top - 4)}C${p(CX + w * 0.6, h.top)} ${p(CX + w + 12, 150)} ${p(CX + w + 12, 260)}M${p(partX + 14, 110)}C${p(CX + 50, 120)} ${p(CX + w, 170)} ${p(CX + w + 4, 230)}`,
        t,
        1.6,
        'opacity="0.7"',
      );
      const mid =
        path(`M${p(CX - w - 20, 300)}C${p(CX - w - 20, 350)} ${p(CX - w - 10, 400)} ${p(CX - w + 6, 452)}L${p(CX - w + 26, 446)}C${p(CX - w + 12, 400)} ${p(CX - w + 4, 350)} ${p(CX - w + 8, 320)}Z`, c) +
        path(`M${p(CX + w + 20, 300)}C${p(CX + w + 20, 350)} ${p(CX + w + 10, 400)} ${p(CX + w - 6, 452)}L${p(CX + w - 26, 446)}C${p(CX + w - 12, 400)} ${p(CX + w - 4, 350)} ${p(CX + w - 8, 320)}Z`, c);
      return { back: path(back, t), mid, front: path(left, c) + path(right, c) + path(`M${p(partX + 6, h.top - 8)}C${p(CX + 30, h.top - 8)} ${p(CX + w, 120)} ${p(CX + w + 12, 170)}C${p(CX + w - 6, 140)} ${p(CX + 30, 112)} ${p(partX + 6, h.top + 4)}Z`, hl, 'opacity="0.55"') + strands };
    }
    case 'undercut': {
      // Short clipped sides; longer hair on top swept over to the viewer's right.
      const sides = path(shortHair(h, 3, 138, 160, 1, 206), mix(c, pal.skin, 0.42));
      const top = `M${p(CX - 40, 134)}C${p(CX - 50, 112)} ${p(CX - 42, h.top - 10)} ${p(CX - 12, h.top - 15)}C${p(CX + 26, h.top - 20)} ${p(CX + w + 8, h.top - 4)} ${p(CX + w + 3, 156)}C${p(CX + w - 6, 138)} ${p(CX + 44, 126)} ${p(CX + 14, 134)}C${p(CX - 4, 138)} ${p(CX - 24, 140)} ${p(CX - 40, 134)}Z`;
      const tufts: string[] = [];
      const strands = stroke(
        `M${p(CX - 32, 126)}C${p(CX - 22, 104)} ${p(CX + 10, 96)} ${p(CX + 50, 110)}M${p(CX - 14, 134)}C${p(CX, 118)} ${p(CX + 34, 112)} ${p(CX + 62, 134)}M${p(CX - 32, 104)}C${p(CX - 12, 90)} ${p(CX + 18, 86)} ${p(CX + 50, 96)}`,
        t,
        1.8,
        'opacity="0.7"',
      );
      return { ...none, front: sides + path(top, c) + tufts.join('') + path(`M${p(CX - 40, 106)}C${p(CX - 20, 90)} ${p(CX + 20, 86)} ${p(CX + 44, 96)}C${p(CX + 10, 94)} ${p(CX - 20, 100)} ${p(CX - 40, 112)}Z`, hl, 'opacity="0.55"') + strands };
    }
    case 'covered':
    default:
      return none;
  }
}

function headwear(a: Appearance, h: Head, pid: string): { back: string; front: string } {
  const hw = a.headwear;
  if (!hw) return { back: '', front: '' };
  const w = h.w;
  const deep = shade(hw.colour, 0.25);
  const lit = light(hw.colour, 0.16);
  const patId = `${pid}-wrap`;
  const defs = `<defs><pattern id="${patId}" width="24" height="24" patternUnits="userSpaceOnUse" patternTransform="rotate(-14)"><path d="M12 4l5 8l-5 8l-5-8z" fill="${hw.pattern}" opacity="0.7"/><circle cx="0" cy="0" r="2.4" fill="${hw.pattern}" opacity="0.55"/><circle cx="24" cy="0" r="2.4" fill="${hw.pattern}" opacity="0.55"/><circle cx="0" cy="24" r="2.4" fill="${hw.pattern}" opacity="0.55"/><circle cx="24" cy="24" r="2.4" fill="${hw.pattern}" opacity="0.55"/></pattern></defs>`;
  // The wrap follows the head with a little volume, and is tied in a soft twist above the forehead.
  const outer = `M${p(CX - w - 6, 206)}C${p(CX - w - 22, 170)} ${p(CX - w - 26, 112)} ${p(CX - w - 10, 86)}C${p(CX - w + 6, 62)} ${p(CX - 34, 52)} ${p(CX + 6, 52)}C${p(CX + 50, 52)} ${p(CX + w + 16, 66)} ${p(CX + w + 22, 100)}C${p(CX + w + 28, 136)} ${p(CX + w + 16, 180)} ${p(CX + w + 6, 206)}C${p(CX + w - 4, 176)} ${p(CX + 50, 150)} ${p(CX + 4, 148)}C${p(CX - 44, 146)} ${p(CX - w + 4, 170)} ${p(CX - w - 6, 206)}Z`;
  // Folds sweeping up from each side to the twist.
  const foldL = `M${p(CX - w - 20, 150)}C${p(CX - w - 10, 116)} ${p(CX - 50, 100)} ${p(CX - 14, 108)}C${p(CX - 40, 118)} ${p(CX - w + 2, 136)} ${p(CX - w - 8, 190)}Z`;
  const foldR = `M${p(CX + w + 22, 140)}C${p(CX + w + 10, 108)} ${p(CX + 50, 94)} ${p(CX + 16, 104)}C${p(CX + 42, 114)} ${p(CX + w, 134)} ${p(CX + w + 10, 186)}Z`;
  // The twist: two loops of cloth crossing, rising above the crown line.
  const loopA = `M${p(CX - 40, 128)}C${p(CX - 46, 96)} ${p(CX - 22, 60)} ${p(CX + 6, 40)}C${p(CX + 18, 56)} ${p(CX + 10, 92)} ${p(CX - 10, 126)}C${p(CX - 20, 132)} ${p(CX - 32, 134)} ${p(CX - 40, 128)}Z`;
  const loopB = `M${p(CX + 42, 126)}C${p(CX + 46, 94)} ${p(CX + 24, 62)} ${p(CX - 4, 46)}C${p(CX - 14, 62)} ${p(CX - 8, 96)} ${p(CX + 12, 126)}C${p(CX + 22, 132)} ${p(CX + 34, 132)} ${p(CX + 42, 126)}Z`;
  const front =
    defs +
    path(outer, hw.colour) +
    path(outer, `url(#${patId})`) +
    // Shade on the far side, light on the near side, a shadow line where it meets the forehead.
    path(`M${p(CX + w + 22, 100)}C${p(CX + w + 28, 136)} ${p(CX + w + 16, 180)} ${p(CX + w + 6, 206)}C${p(CX + w - 2, 170)} ${p(CX + w + 4, 126)} ${p(CX + w + 2, 84)}Z`, deep, 'opacity="0.4"') +
    path(foldL, lit, 'opacity="0.22"') +
    path(foldR, deep, 'opacity="0.3"') +
    stroke(`M${p(CX - w - 18, 166)}C${p(CX - w - 4, 130)} ${p(CX - 50, 118)} ${p(CX - 22, 118)}M${p(CX + w + 18, 160)}C${p(CX + w + 4, 126)} ${p(CX + 50, 112)} ${p(CX + 22, 114)}`, deep, 2, 'opacity="0.55"') +
    path(`M${p(CX - w - 6, 206)}C${p(CX - w + 4, 172)} ${p(CX - 44, 148)} ${p(CX + 4, 148)}C${p(CX + 50, 150)} ${p(CX + w - 4, 176)} ${p(CX + w + 6, 206)}L${p(CX + w + 3, 198)}C${p(CX + w - 8, 170)} ${p(CX + 48, 156)} ${p(CX + 4, 156)}C${p(CX - 42, 156)} ${p(CX - w + 6, 172)} ${p(CX - w - 3, 198)}Z`, deep, 'opacity="0.45"') +
    path(loopB, hw.colour) +
    path(loopB, `url(#${patId})`) +
    path(loopB, deep, 'opacity="0.32"') +
    stroke(loopB, deep, 1.6, 'opacity="0.75"') +
    path(loopA, hw.colour) +
    path(loopA, `url(#${patId})`) +
    path(loopA, lit, 'opacity="0.16"') +
    stroke(loopA, deep, 1.6, 'opacity="0.75"') +
    stroke(`M${p(CX - 30, 118)}C${p(CX - 30, 96)} ${p(CX - 14, 70)} ${p(CX + 2, 56)}`, deep, 1.4, 'opacity="0.45"');
  return { back: '', front };
}

function glasses(a: Appearance, h: Head): string {
  const g = a.glasses;
  if (!g) return '';
  const y = h.eyeY;
  const lens = 'fill="#eef3f6" fill-opacity="0.08"';
  const sw = 1.8;
  if (g.shape === 'round') {
    return (
      `<circle cx="170" cy="${f(y)}" r="18" ${lens} stroke="${g.frame}" stroke-width="${sw}"/>` +
      `<circle cx="230" cy="${f(y)}" r="18" ${lens} stroke="${g.frame}" stroke-width="${sw}"/>` +
      stroke(`M188 ${f(y - 2)}Q200 ${f(y - 8)} 212 ${f(y - 2)}`, g.frame, sw) +
      stroke(`M152 ${f(y - 3)}L${f(CX - h.w + 2)} ${f(y - 6)}M248 ${f(y - 3)}L${f(CX + h.w - 2)} ${f(y - 6)}`, g.frame, sw)
    );
  }
  return (
    `<rect x="148" y="${f(y - 14)}" width="42" height="28" rx="8" ${lens} stroke="${g.frame}" stroke-width="${sw}"/>` +
    `<rect x="210" y="${f(y - 14)}" width="42" height="28" rx="8" ${lens} stroke="${g.frame}" stroke-width="${sw}"/>` +
    stroke(`M190 ${f(y - 4)}Q200 ${f(y - 9)} 210 ${f(y - 4)}`, g.frame, sw) +
    stroke(`M148 ${f(y - 8)}L${f(CX - h.w + 2)} ${f(y - 10)}M252 ${f(y - 8)}L${f(CX + h.w - 2)} ${f(y - 10)}`, g.frame, sw) +
    // A faint reflection on each lens.
    stroke(`M155 ${f(y - 8)}l8 -3M217 ${f(y - 8)}l8 -3`, '#ffffff', 1.5, 'opacity="0.35"')
  );
}

// ---------------------------------------------------------------------------

/**
 * Draws a head-and-shoulders portrait (viewBox 0 0 400 500, transparent
 * background) of a cast member in a mood. An unknown mood is drawn as neutral.
 */
export function renderPortrait(member: CastMember, mood: Mood): string {
  const m: Mood = isMood(mood) ? mood : 'neutral';
  const e = EXPRESSIONS[m];
  const a = member.appearance;
  const h = headGeometry(a.face);
  const pal = palette(a);
  const pid = `swp-${member.id.replace(/[^a-z0-9-]/g, '')}-${m}`;
  const hr = hair(a, h, pal);
  const hw = headwear(a, h, pid);

  const headTransform = `translate(${f(e.headDx)} ${f(e.headDy + 8)}) rotate(${f(e.tilt)} ${CX} 330) translate(${CX} 300) scale(1.06) translate(${-CX} -300)`;
  const face = facePath(h);

  const faceShade =
    `<g clip-path="url(#${pid}-face)">` +
    path(`M${p(CX + h.w - 16, 150)}C${p(CX + h.w - 8, 210)} ${p(CX + h.jw - 4, h.jawY - 6)} ${p(CX + 8, h.chinY + 2)}L${p(CX + h.w + 20, h.chinY + 20)}L${p(CX + h.w + 20, 150)}Z`, pal.skinShade) +
    path(`M${p(CX - h.w + 10, 170)}C${p(CX - h.w + 14, 150)} ${p(CX - 30, 136)} ${p(CX - 10, 134)}C${p(CX - 36, 146)} ${p(CX - h.w + 20, 170)} ${p(CX - h.w + 16, 200)}Z`, pal.skinLight, 'opacity="0.45"') +
    `<ellipse cx="${f(CX - 40)}" cy="250" rx="15" ry="10" fill="${pal.blush}" opacity="${f(e.blush)}"/>` +
    `<ellipse cx="${f(CX + 40)}" cy="250" rx="15" ry="10" fill="${pal.blush}" opacity="${f(e.blush * 0.9)}"/>` +
    `</g>`;

  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 500" width="400" height="500">`,
    `<defs><clipPath id="${pid}-face"><path d="${face}"/></clipPath></defs>`,
    `<g transform="${headTransform}">${hr.back}${hw.back}</g>`,
    behindNeck(a, pal, e),
    neck(h, pal),
    clothing(a, pal, e),
    lanyard(a.lanyard),
    `<g transform="${headTransform}">`,
    hr.mid,
    ears(h, pal, a.earrings),
    path(face, pal.skin),
    faceShade,
    ageLines(h, pal, member.age, e),
    nose(a, h, pal),
    facialHair(a, h, pid),
    mouth(a, h, pal, e),
    eyes(a, h, pal, e, pid, member.age),
    brows(a, h, e),
    hr.front,
    hw.front,
    glasses(a, h),
    `</g>`,
    `</svg>`,
  ];
  return parts.join('');
}
