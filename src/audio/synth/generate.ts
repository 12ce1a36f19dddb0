/**
 * Regenerates every sound in assets/audio by synthesis: no samples, no downloads.
 *
 *   npx tsx src/audio/synth/generate.ts            # all sounds
 *   npx tsx src/audio/synth/generate.ts rain kettle  # only these ids
 *
 * Each sound is built here as floating-point PCM (seeded noise, resonator banks, filters, a
 * convolution reverb), then piped to `sox` to be encoded as mono Ogg Vorbis. Every random number
 * comes from a seeded generator and sox runs with `-R`, so a run reproduces the committed files
 * (byte for byte with the same sox/libvorbis; audibly identical otherwise).
 * See README.md beside this file.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';

const SR = 22050;
const OUT_DIR = resolve(import.meta.dirname, '../../../assets/audio');

type Sig = Float64Array;
type Rand = () => number;

// ---------------------------------------------------------------------------------------------
// Basics

/** mulberry32: small, fast, deterministic. Returns a generator of numbers in [0, 1). */
function rng(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const between = (r: Rand, lo: number, hi: number): number => lo + (hi - lo) * r();
const secs = (s: number): number => Math.round(s * SR);
const zeros = (n: number): Sig => new Float64Array(n);
const dbToGain = (db: number): number => Math.pow(10, db / 20);

function rms(x: Sig): number {
  let s = 0;
  for (const v of x) s += v * v;
  return Math.sqrt(s / Math.max(1, x.length));
}

function peak(x: Sig): number {
  let p = 0;
  for (const v of x) p = Math.max(p, Math.abs(v));
  return p;
}

function scale(x: Sig, g: number): Sig {
  for (let i = 0; i < x.length; i++) x[i] = (x[i] ?? 0) * g;
  return x;
}

const setRms = (x: Sig, db: number): Sig => scale(x, dbToGain(db) / Math.max(1e-12, rms(x)));
const setPeak = (x: Sig, db: number): Sig => scale(x, dbToGain(db) / Math.max(1e-12, peak(x)));

/** Adds `src * gain` into `dst` from sample `at`, dropping what falls outside. */
function addAt(dst: Sig, src: Sig, at: number, gain = 1): Sig {
  for (let i = 0; i < src.length; i++) {
    const j = at + i;
    if (j >= 0 && j < dst.length) dst[j] = (dst[j] ?? 0) + (src[i] ?? 0) * gain;
  }
  return dst;
}

/** Adds `src * gain` into `dst` from sample `at`, wrapping round the end: for loops. */
function addCirc(dst: Sig, src: Sig, at: number, gain = 1): Sig {
  const n = dst.length;
  for (let i = 0; i < src.length; i++) {
    const j = (((at + i) % n) + n) % n;
    dst[j] = (dst[j] ?? 0) + (src[i] ?? 0) * gain;
  }
  return dst;
}

function mix(n: number, ...parts: Sig[]): Sig {
  const out = zeros(n);
  for (const p of parts) addAt(out, p, 0);
  return out;
}

function mul(x: Sig, f: (i: number) => number): Sig {
  for (let i = 0; i < x.length; i++) x[i] = (x[i] ?? 0) * f(i);
  return x;
}

/** Piecewise-linear envelope through [seconds, value] points, held flat past the ends. */
function envelope(points: readonly (readonly [number, number])[]): (t: number) => number {
  return (t) => {
    const first = points[0];
    if (!first || t <= first[0]) return first?.[1] ?? 0;
    for (let k = 1; k < points.length; k++) {
      const a = points[k - 1];
      const b = points[k];
      if (a && b && t <= b[0]) return a[1] + ((b[1] - a[1]) * (t - a[0])) / Math.max(1e-9, b[0] - a[0]);
    }
    return points[points.length - 1]?.[1] ?? 0;
  };
}

/** Raised-cosine fades at both ends. */
function fade(x: Sig, inS: number, outS: number): Sig {
  const a = secs(inS);
  const b = secs(outS);
  for (let i = 0; i < a && i < x.length; i++) x[i] = (x[i] ?? 0) * 0.5 * (1 - Math.cos((Math.PI * i) / a));
  for (let i = 0; i < b && i < x.length; i++) {
    const j = x.length - 1 - i;
    x[j] = (x[j] ?? 0) * 0.5 * (1 - Math.cos((Math.PI * i) / b));
  }
  return x;
}

/** Soft ceiling: leaves everything below `kneeDb` alone and bends the rest smoothly under `ceilDb`. */
function soften(x: Sig, kneeDb: number, ceilDb: number): Sig {
  const k = dbToGain(kneeDb);
  const c = dbToGain(ceilDb);
  for (let i = 0; i < x.length; i++) {
    const v = x[i] ?? 0;
    const a = Math.abs(v);
    if (a > k) x[i] = Math.sign(v) * (k + (c - k) * Math.tanh((a - k) / (c - k)));
  }
  return x;
}

/**
 * Makes a seamless loop of length `n` from a longer render: the `x.length - n` samples past the
 * end are crossfaded (equal power) over the start, so the last sample runs on into the first.
 */
function loopable(x: Sig, n: number): Sig {
  const xf = x.length - n;
  const out = x.slice(0, n);
  for (let i = 0; i < xf; i++) {
    const p = (i / xf) * (Math.PI / 2);
    out[i] = (x[i] ?? 0) * Math.sin(p) + (x[n + i] ?? 0) * Math.cos(p);
  }
  return out;
}

/** Runs `fx` on two copies of a loop and keeps the second, so tails wrap round the seam. */
function circular(x: Sig, fx: (y: Sig) => Sig): Sig {
  const n = x.length;
  const twice = zeros(2 * n);
  twice.set(x, 0);
  twice.set(x, n);
  const y = fx(twice);
  const out = y.slice(n, 2 * n);
  // Whatever ran past the second copy belongs to the start of the loop.
  for (let i = 2 * n; i < y.length; i++) out[(i - 2 * n) % n] = (out[(i - 2 * n) % n] ?? 0) + (y[i] ?? 0);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Noise

function white(n: number, r: Rand): Sig {
  const out = zeros(n);
  for (let i = 0; i < n; i++) out[i] = r() * 2 - 1;
  return out;
}

/** Pink noise (Paul Kellet's filter). */
function pink(n: number, r: Rand): Sig {
  const out = zeros(n);
  let b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0, b5 = 0, b6 = 0;
  for (let i = 0; i < n; i++) {
    const w = r() * 2 - 1;
    b0 = 0.99886 * b0 + w * 0.0555179;
    b1 = 0.99332 * b1 + w * 0.0750759;
    b2 = 0.969 * b2 + w * 0.153852;
    b3 = 0.8665 * b3 + w * 0.3104856;
    b4 = 0.55 * b4 + w * 0.5329522;
    b5 = -0.7616 * b5 - w * 0.016898;
    out[i] = (b0 + b1 + b2 + b3 + b4 + b5 + b6 + w * 0.5362) * 0.11;
    b6 = w * 0.115926;
  }
  return out;
}

/** Brown (red) noise: leaky integral of white noise. */
function brown(n: number, r: Rand): Sig {
  const out = zeros(n);
  let b = 0;
  for (let i = 0; i < n; i++) {
    b = 0.996 * b + 0.06 * (r() * 2 - 1);
    out[i] = b;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Filters

type FilterType = 'lowpass' | 'highpass' | 'bandpass';

/** RBJ cookbook biquad coefficients, normalised: [b0, b1, b2, a1, a2]. */
function coeffs(type: FilterType, f: number, q: number): [number, number, number, number, number] {
  const w = (2 * Math.PI * Math.min(f, SR * 0.49)) / SR;
  const cw = Math.cos(w);
  const alpha = Math.sin(w) / (2 * q);
  const a0 = 1 + alpha;
  let b0: number, b1: number, b2: number;
  if (type === 'lowpass') [b0, b1, b2] = [(1 - cw) / 2, 1 - cw, (1 - cw) / 2];
  else if (type === 'highpass') [b0, b1, b2] = [(1 + cw) / 2, -(1 + cw), (1 + cw) / 2];
  else [b0, b1, b2] = [alpha, 0, -alpha];
  return [b0 / a0, b1 / a0, b2 / a0, (-2 * cw) / a0, (1 - alpha) / a0];
}

/** Biquad whose cut-off may move: `freqAt(i)` is read every 32 samples. Returns a new signal. */
function sweep(x: Sig, type: FilterType, freqAt: (i: number) => number, q = Math.SQRT1_2): Sig {
  const out = zeros(x.length);
  let c = coeffs(type, freqAt(0), q);
  let x1 = 0, x2 = 0, y1 = 0, y2 = 0;
  for (let i = 0; i < x.length; i++) {
    if (i % 32 === 0) c = coeffs(type, freqAt(i), q);
    const [b0, b1, b2, a1, a2] = c;
    const v = x[i] ?? 0;
    const y = b0 * v + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
    x2 = x1;
    x1 = v;
    y2 = y1;
    y1 = y;
    out[i] = y;
  }
  return out;
}

const filt = (x: Sig, type: FilterType, f: number, q = Math.SQRT1_2): Sig => sweep(x, type, () => f, q);
const lp = (x: Sig, f: number, q?: number): Sig => filt(x, 'lowpass', f, q);
const hp = (x: Sig, f: number, q?: number): Sig => filt(x, 'highpass', f, q);
const bp = (x: Sig, f: number, q?: number): Sig => filt(x, 'bandpass', f, q);

interface Mode {
  f: number;
  t60: number;
  g: number;
}

/** A bank of two-pole resonators (modal synthesis) driven by `excite`; each mode rings for t60 s. */
function resonate(excite: Sig, modes: readonly Mode[], tail = 0.3): Sig {
  const out = zeros(excite.length + secs(tail));
  for (const m of modes) {
    if (m.f >= SR * 0.47) continue;
    const w = (2 * Math.PI * m.f) / SR;
    const r = Math.pow(10, -3 / (m.t60 * SR));
    const a1 = 2 * r * Math.cos(w);
    const a2 = -r * r;
    const gin = m.g * Math.sin(w);
    let y1 = 0, y2 = 0;
    for (let i = 0; i < out.length; i++) {
      const y = gin * (excite[i] ?? 0) + a1 * y1 + a2 * y2;
      y2 = y1;
      y1 = y;
      out[i] = (out[i] ?? 0) + y;
    }
  }
  return out;
}

/** A raised-cosine pulse `width` seconds wide: a strike. Wider is softer (less treble). */
function pulse(width: number, at = 0, len = width + at + 0.001): Sig {
  const out = zeros(secs(len));
  const w = Math.max(2, secs(width));
  const s = secs(at);
  for (let i = 0; i < w; i++) out[s + i] = 0.5 * (1 - Math.cos((2 * Math.PI * i) / w));
  return out;
}

/** A short burst of white noise with an exponential decay (time constant `tau` s). */
function burst(r: Rand, len: number, tau: number): Sig {
  const out = white(secs(len), r);
  return mul(out, (i) => Math.exp(-i / (tau * SR)));
}

const detune = (r: Rand, modes: readonly Mode[], amount: number): Mode[] =>
  modes.map((m) => ({ f: m.f * (1 + between(r, -amount, amount)), t60: m.t60 * between(r, 0.85, 1.15), g: m.g * between(r, 0.8, 1.2) }));

// ---------------------------------------------------------------------------------------------
// Reverb: convolution with a synthetic impulse response (decaying, darkening noise).

function fft(re: Sig, im: Sig, inverse: boolean): void {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      const tr = re[i] ?? 0;
      re[i] = re[j] ?? 0;
      re[j] = tr;
      const ti = im[i] ?? 0;
      im[i] = im[j] ?? 0;
      im[j] = ti;
    }
  }
  for (let len = 2; len <= n; len <<= 1) {
    const ang = ((inverse ? 2 : -2) * Math.PI) / len;
    const wr = Math.cos(ang);
    const wi = Math.sin(ang);
    for (let i = 0; i < n; i += len) {
      let cr = 1, ci = 0;
      for (let k = 0; k < len / 2; k++) {
        const a = i + k;
        const b = a + len / 2;
        const br = re[b] ?? 0, bi = im[b] ?? 0;
        const tr = br * cr - bi * ci;
        const ti = br * ci + bi * cr;
        const ar = re[a] ?? 0, ai = im[a] ?? 0;
        re[a] = ar + tr;
        im[a] = ai + ti;
        re[b] = ar - tr;
        im[b] = ai - ti;
        const ncr = cr * wr - ci * wi;
        ci = cr * wi + ci * wr;
        cr = ncr;
      }
    }
  }
  if (inverse) for (let i = 0; i < n; i++) re[i] = (re[i] ?? 0) / n;
}

function convolve(a: Sig, b: Sig): Sig {
  const len = a.length + b.length - 1;
  let n = 1;
  while (n < len) n <<= 1;
  const ar = zeros(n), ai = zeros(n), br = zeros(n), bi = zeros(n);
  ar.set(a);
  br.set(b);
  fft(ar, ai, false);
  fft(br, bi, false);
  for (let i = 0; i < n; i++) {
    const r = (ar[i] ?? 0) * (br[i] ?? 0) - (ai[i] ?? 0) * (bi[i] ?? 0);
    const im = (ar[i] ?? 0) * (bi[i] ?? 0) + (ai[i] ?? 0) * (br[i] ?? 0);
    ar[i] = r;
    ai[i] = im;
  }
  fft(ar, ai, true);
  return ar.slice(0, len);
}

/** A room: `t60` seconds of decay, `bright` Hz where the late tail is rolled off. Unit energy. */
function room(seed: number, t60: number, bright: number, predelay = 0.008): Sig {
  const r = rng(seed);
  const n = secs(t60 * 1.1 + predelay);
  const d = secs(predelay);
  const noise = white(n, r);
  const dark = lp(lp(white(n, r), bright), bright);
  const ir = zeros(n);
  for (let i = d; i < n; i++) {
    const t = (i - d) / SR;
    const env = Math.pow(10, (-3 * t) / t60);
    const early = Math.exp(-t / 0.015);
    ir[i] = env * ((dark[i] ?? 0) * 2.2 + (noise[i] ?? 0) * 0.6 * early);
  }
  let e = 0;
  for (const v of ir) e += v * v;
  return scale(ir, 1 / Math.sqrt(e));
}

/** Dry plus `wet` of the room; the result is longer by the room's tail. */
function reverb(x: Sig, ir: Sig, wet: number): Sig {
  const y = scale(convolve(x, ir), wet);
  return addAt(y, x, 0, 1 - wet * 0.5);
}

// ---------------------------------------------------------------------------------------------
// Sound events

/** A knuckle on a solid wooden door, heard from inside the room. */
function knock(r: Rand, strength: number): Sig {
  const panel: Mode[] = [
    { f: 86, t60: 0.24, g: 1.0 },
    { f: 129, t60: 0.21, g: 0.9 },
    { f: 184, t60: 0.19, g: 0.8 },
    { f: 241, t60: 0.16, g: 0.7 },
    { f: 315, t60: 0.13, g: 0.6 },
    { f: 406, t60: 0.11, g: 0.5 },
    { f: 527, t60: 0.09, g: 0.38 },
    { f: 688, t60: 0.07, g: 0.3 },
    { f: 871, t60: 0.05, g: 0.22 },
    { f: 1140, t60: 0.04, g: 0.15 },
    { f: 1510, t60: 0.03, g: 0.1 },
    { f: 2080, t60: 0.02, g: 0.06 },
  ];
  const strike = pulse(0.0009, 0, 0.01);
  const body = resonate(strike, detune(r, panel, 0.015), 0.4);
  const click = bp(burst(r, 0.012, 0.0015), 2200, 0.7);
  addAt(body, setPeak(click, 0), 0, 0.3 * peak(body));
  return scale(body, strength);
}

/** One step on a hard floor: heel, then toe. `soft` is a rubber sole (no click, darker). */
function step(r: Rand, soft: boolean): Sig {
  const floor: Mode[] = [
    { f: 105, t60: 0.07, g: 1.0 },
    { f: 185, t60: 0.06, g: 0.75 },
    { f: 310, t60: 0.05, g: 0.55 },
    { f: 590, t60: 0.035, g: 0.4 },
    { f: 1080, t60: 0.025, g: 0.28 },
    { f: 2250, t60: 0.015, g: 0.2 },
    { f: 3500, t60: 0.01, g: 0.12 },
  ];
  const toeAt = between(r, 0.055, 0.08);
  const heelW = soft ? 0.004 : 0.0009;
  const ex = pulse(heelW, 0, 0.2);
  addAt(ex, pulse(soft ? 0.006 : 0.0028), secs(toeAt), 0.4);
  const out = resonate(ex, detune(r, floor, 0.05), 0.25);
  if (!soft) addAt(out, bp(burst(r, 0.03, 0.004), 2400, 0.8), 0, 0.3);
  const scuff = bp(burst(r, 0.05, 0.012), 1800, 0.9);
  addAt(out, scuff, secs(toeAt), soft ? 0.02 : 0.035);
  return soft ? lp(out, 2600) : out;
}

/** A door swinging to: a push of air, the slab meeting the frame, the latch clicking home. */
function doorShut(r: Rand): Sig {
  const len = 1.0;
  const out = zeros(secs(len));
  const hit = 0.34;
  const air = lp(white(secs(0.4), r), 350);
  mul(air, (i) => Math.pow(Math.sin((Math.PI * i) / secs(0.4)), 2));
  addAt(out, setPeak(air, 0), 0, 0.05);
  const slab: Mode[] = [
    { f: 68, t60: 0.28, g: 1.0 },
    { f: 104, t60: 0.24, g: 0.85 },
    { f: 157, t60: 0.2, g: 0.7 },
    { f: 226, t60: 0.16, g: 0.55 },
    { f: 318, t60: 0.12, g: 0.4 },
    { f: 455, t60: 0.09, g: 0.3 },
    { f: 640, t60: 0.06, g: 0.2 },
    { f: 910, t60: 0.04, g: 0.12 },
  ];
  const thud = resonate(pulse(0.006, 0, 0.02), detune(r, slab, 0.02), 0.5);
  addAt(out, setPeak(thud, 0), secs(hit), 1);
  const metal = (f: number): Mode[] => [
    { f, t60: 0.05, g: 1 },
    { f: f * 1.57, t60: 0.04, g: 0.7 },
    { f: f * 2.21, t60: 0.03, g: 0.45 },
    { f: f * 0.61, t60: 0.05, g: 0.4 },
  ];
  const tongue = resonate(pulse(0.0005, 0, 0.005), metal(2150), 0.1);
  const home = resonate(pulse(0.0006, 0, 0.005), metal(1780), 0.12);
  addAt(out, setPeak(tongue, 0), secs(hit - 0.012), 0.22);
  addAt(out, setPeak(home, 0), secs(hit + 0.045), 0.3);
  return out;
}

/** A keystroke on a desk keyboard; `space` is the lower, longer bar. */
function keystroke(r: Rand, space: boolean): Sig {
  const cap: Mode[] = [
    { f: space ? 380 : 640, t60: 0.025, g: 0.5 },
    { f: 1850, t60: 0.012, g: 1 },
    { f: 2700, t60: 0.01, g: 0.8 },
    { f: 3900, t60: 0.008, g: 0.6 },
    { f: 5200, t60: 0.006, g: 0.4 },
  ];
  const ex = pulse(0.0005, 0, 0.03);
  const bottom = secs(between(r, 0.008, 0.014));
  addAt(ex, pulse(0.0004), bottom, 0.6);
  const out = resonate(ex, detune(r, cap, 0.08), 0.06);
  const clack = bp(burst(r, 0.012, 0.0015), 3000, 0.6);
  addAt(out, setPeak(clack, 0), bottom, 0.5 * peak(out));
  return scale(out, space ? 1.2 : between(r, 0.6, 1.0));
}

/** A run of typing, `dur` seconds long. */
function typing(r: Rand, dur: number): Sig {
  const out = zeros(secs(dur + 0.2));
  let t = 0;
  let word = 0;
  while (t < dur) {
    const space = word > 3 && r() < 0.22;
    word = space ? 0 : word + 1;
    addAt(out, keystroke(r, space), secs(t));
    t += r() < 0.06 ? between(r, 0.35, 0.7) : between(r, 0.08, 0.2);
  }
  return out;
}

/**
 * An electronic desk-phone ringer: a soft warble between two tones (not a bell), through a small
 * loudspeaker. `bursts` are [start, end] seconds.
 */
function ringer(bursts: readonly (readonly [number, number])[], len: number): Sig {
  const out = zeros(secs(len));
  let phase = 0;
  for (let i = 0; i < out.length; i++) {
    const t = i / SR;
    const m = 0.5 + 0.5 * Math.tanh(3 * Math.sin(2 * Math.PI * 16 * t));
    phase += (2 * Math.PI * (640 + 170 * m)) / SR;
    let env = 0;
    for (const [a, b] of bursts) {
      if (t < a || t > b + 0.04) continue;
      const att = Math.min(1, (t - a) / 0.012);
      const rel = t > b ? 1 - (t - b) / 0.04 : 1;
      env = Math.max(env, att * rel);
    }
    out[i] = env * (Math.sin(phase) + 0.3 * Math.sin(2 * phase) + 0.1 * Math.sin(3 * phase));
  }
  return lp(hp(out, 380), 2600);
}

/** A quartz wall-clock tick; `tock` is the slightly lower alternate one. */
function tick(r: Rand, tock: boolean): Sig {
  const modes: Mode[] = [
    { f: tock ? 2650 : 3050, t60: 0.03, g: 1 },
    { f: tock ? 4350 : 4750, t60: 0.02, g: 0.45 },
    { f: tock ? 1320 : 1420, t60: 0.025, g: 0.45 },
    { f: 640, t60: 0.04, g: 0.3 },
  ];
  return resonate(pulse(0.0004, 0, 0.01), detune(r, modes, 0.005), 0.08);
}

/** A raindrop tapping glass: a tiny, bright, quickly damped ring. */
function drop(r: Rand, big: boolean): Sig {
  const f = big ? between(r, 1100, 2200) : between(r, 2400, 5600);
  const modes: Mode[] = [
    { f, t60: between(r, 0.006, 0.018), g: 1 },
    { f: f * between(r, 1.4, 1.9), t60: 0.006, g: 0.4 },
  ];
  return resonate(pulse(big ? 0.0008 : 0.0003, 0, 0.004), modes, 0.03);
}

/** A bubble: a damped sine gliding upward (a Minnaert resonance as the bubble rises). */
function bubble(r: Rand): Sig {
  const f0 = between(r, 280, 1300);
  const tau = between(r, 0.006, 0.02);
  const n = secs(tau * 6);
  const out = zeros(n);
  let ph = 0;
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    ph += (2 * Math.PI * f0 * (1 + 6 * t)) / SR;
    out[i] = Math.sin(ph) * Math.exp(-t / tau) * Math.min(1, i / 20);
  }
  return out;
}

/**
 * A car going past at `speed` m/s, nearest (`dist` m) at `nearAt` s: tyre roar plus a low engine,
 * with Doppler shift, 1/r level and air absorption of the treble when far.
 */
function carPass(r: Rand, len: number, nearAt: number, speed: number, dist: number, engineHz: number): Sig {
  const n = secs(len);
  const c = 343;
  const geo = (i: number): { near: number; doppler: number } => {
    const x = speed * (i / SR - nearAt);
    const d = Math.hypot(x, dist);
    return { near: dist / d, doppler: c / (c + (speed * x) / d) };
  };
  const tyre = sweep(white(n, r), 'bandpass', (i) => 750 * geo(i).doppler, 0.55);
  const tyreLp = sweep(tyre, 'lowpass', (i) => 900 + 3800 * Math.pow(geo(i).near, 1.5));
  const engine = zeros(n);
  let ph = 0;
  let wob = 0;
  for (let i = 0; i < n; i++) {
    wob = 0.999 * wob + 0.002 * (r() * 2 - 1);
    ph += (2 * Math.PI * engineHz * geo(i).doppler * (1 + wob)) / SR;
    let v = 0;
    for (let k = 1; k <= 8; k++) v += Math.sin(k * ph + k * k) / k;
    engine[i] = v;
  }
  const eng = lp(engine, 260);
  const out = zeros(n);
  const tyreG = 1 / Math.max(1e-9, rms(tyreLp));
  const engG = 0.35 / Math.max(1e-9, rms(eng));
  for (let i = 0; i < n; i++) {
    const { near } = geo(i);
    const level = Math.pow(near, 1.3);
    out[i] = level * ((tyreLp[i] ?? 0) * tyreG + (eng[i] ?? 0) * engG);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// One-shots (all < 3 s, faded at both ends, peak -6 dBFS)

function finishOneShot(x: Sig, len: number, fadeOut: number, peakDb = -6): Sig {
  const out = zeros(secs(len));
  addAt(out, x, 0);
  fade(out, 0.003, fadeOut);
  return setPeak(hp(out, 45), peakDb);
}

function doorKnock(): Sig {
  const r = rng(11);
  const out = zeros(secs(1.3));
  const times = [0.03, 0.25, 0.46];
  const strengths = [0.95, 0.85, 1.0];
  times.forEach((t, k) => addAt(out, knock(r, strengths[k] ?? 1), secs(t + between(r, -0.006, 0.006))));
  const wet = reverb(out, room(111, 0.45, 2500), 0.18);
  return finishOneShot(lp(wet, 6000), 1.3, 0.25);
}

function phoneRing(): Sig {
  const bursts = [
    [0.02, 0.42],
    [0.62, 1.02],
    [1.72, 2.12],
    [2.32, 2.72],
  ] as const;
  const ring = ringer(bursts, 2.9);
  const wet = reverb(ring, room(121, 0.35, 3000), 0.12);
  return finishOneShot(wet, 2.92, 0.12);
}

function doorClose(): Sig {
  const r = rng(13);
  const wet = reverb(doorShut(r), room(131, 0.5, 2200), 0.22);
  return finishOneShot(lp(wet, 7000), 1.4, 0.3);
}

function footsteps(): Sig {
  const r = rng(14);
  const out = zeros(secs(2.8));
  for (let k = 0; k < 5; k++) {
    const t = 0.04 + k * 0.53 + between(r, -0.02, 0.02);
    const g = (k % 2 === 0 ? 1 : 0.85) * between(r, 0.9, 1.05) * (k === 0 ? 0.8 : 1);
    addAt(out, step(r, false), secs(t), g);
  }
  const wet = reverb(out, room(141, 0.55, 2800), 0.2);
  return finishOneShot(wet, 2.75, 0.3);
}

function messagePing(): Sig {
  const out = zeros(secs(1.5));
  const note = (f: number, at: number, g: number): void => {
    const n = secs(1.6);
    const s = zeros(n);
    for (let i = 0; i < n; i++) {
      const t = i / SR;
      const att = Math.min(1, t / 0.006);
      s[i] =
        att *
        (Math.sin(2 * Math.PI * f * t) * Math.exp(-t / 0.38) +
          0.18 * Math.sin(2 * Math.PI * 2 * f * t) * Math.exp(-t / 0.14) +
          0.05 * Math.sin(2 * Math.PI * 3.01 * f * t) * Math.exp(-t / 0.06));
    }
    addAt(out, s, secs(at), g);
  };
  note(587.33, 0.01, 0.9); // D5
  note(880.0, 0.17, 0.8); // A5
  const wet = reverb(out, room(151, 0.6, 4000), 0.12);
  return finishOneShot(wet, 1.5, 0.35);
}

function kettle(): Sig {
  const r = rng(16);
  const len = 2.95;
  const n = secs(len);
  const off = 2.3; // the switch clicks off
  const rise = envelope([
    [0, 0.35],
    [off, 1],
    [off + 0.03, 0.5],
    [off + 0.6, 0],
  ]);
  const rumble = setRms(lp(brown(n, r), 220), 0);
  const hiss = setRms(bp(white(n, r), 2600, 0.8), 0);
  const hissEnv = envelope([
    [0, 0.05],
    [1.2, 0.3],
    [off, 0.6],
    [off + 0.03, 0.3],
    [off + 0.65, 0],
  ]);
  const out = zeros(n);
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    out[i] = (rumble[i] ?? 0) * 0.5 * rise(t) + (hiss[i] ?? 0) * 0.22 * hissEnv(t);
  }
  const bubbles = zeros(n);
  let t = 0;
  while (t < off + 0.4) {
    const density = 15 + 80 * Math.min(1, t / off);
    addAt(bubbles, bubble(r), secs(t), between(r, 0.2, 1) * rise(t));
    t += -Math.log(1 - r()) / density;
  }
  addAt(out, setPeak(bubbles, 0), 0, 0.35);
  const sw: Mode[] = [
    { f: 1250, t60: 0.025, g: 1 },
    { f: 2380, t60: 0.02, g: 0.7 },
    { f: 3460, t60: 0.015, g: 0.5 },
    { f: 190, t60: 0.05, g: 0.6 },
  ];
  const click = resonate(pulse(0.0003, 0, 0.01), sw, 0.1);
  addAt(click, setPeak(bp(burst(r, 0.015, 0.002), 3200, 0.7), 0), 0, 0.6 * peak(click));
  addAt(click, scale(click.slice(0, secs(0.03)), 0.35), secs(0.018));
  addAt(out, setPeak(click, 0), secs(off), 0.9 * peak(out));
  const wet = reverb(out, room(161, 0.4, 3000), 0.12);
  const shaped = zeros(n);
  addAt(shaped, wet, 0);
  fade(shaped, 0.35, 0.2);
  return setPeak(hp(lp(shaped, 5500), 50), -6);
}

// ---------------------------------------------------------------------------------------------
// Ambience loops (seamless, mono)

/** Sets the loop's loudness, then rounds off any transient that would poke above -8 dBFS. */
function finishLoop(x: Sig, rmsDb: number): Sig {
  return soften(setRms(x, rmsDb), -11, -8);
}

const XFADE = 1.0; // seconds of extra bed rendered and folded over the start

function office(): Sig {
  const L = secs(16);
  const N = L + secs(XFADE);
  const r = rng(21);
  const air = setRms(hp(lp(pink(N, r), 650), 40), -29);
  const low = setRms(hp(lp(brown(N, r), 180), 30), -35);
  const fan = setRms(bp(white(N, r), 125, 3), -42);
  const bed = loopable(mix(N, air, low, fan), L);

  const events = zeros(L);
  const runs: [number, number, number][] = [
    [0.6, 2.6, -20],
    [4.8, 1.7, -27],
    [9.6, 3.2, -22],
    [14.3, 1.2, -29],
  ];
  for (const [at, dur, db] of runs) addCirc(events, setPeak(typing(r, dur), db), secs(at));
  const trill = lp(ringer([[0, 0.4], [0.6, 1.0]] as const, 1.1), 1400);
  addCirc(events, setPeak(trill, -31), secs(6.9));
  const roomy = circular(lp(events, 4500), (y) => reverb(y, room(211, 0.55, 2200), 0.35));
  return finishLoop(mix(L, bed, roomy), -22);
}

function ward(): Sig {
  const L = secs(18);
  const N = L + secs(XFADE);
  const r = rng(22);
  const air = setRms(hp(lp(pink(N, r), 1000), 70), -31);
  const low = setRms(hp(lp(brown(N, r), 160), 30), -37);
  const fan = setRms(bp(white(N, r), 170, 2.5), -42);
  const bed = loopable(mix(N, air, low, fan), L);

  const events = zeros(L);
  const walk = (start: number, count: number, gap: number, db: number): void => {
    const passing = zeros(secs(count * gap + 0.6));
    for (let k = 0; k < count; k++) {
      const g = Math.sin((Math.PI * (k + 0.6)) / (count + 0.2)) * between(r, 0.85, 1);
      addAt(passing, step(r, true), secs(k * gap + between(r, -0.015, 0.015)), g);
    }
    addCirc(events, setPeak(passing, db), secs(start));
  };
  walk(1.4, 7, 0.57, -13);
  walk(11.6, 5, 0.6, -21);
  const door = lp(doorShut(r), 900);
  const far = reverb(door, room(222, 1.1, 1200), 0.55);
  addCirc(events, setPeak(far, -17), secs(7.6));
  const corridor = circular(events, (y) => reverb(y, room(221, 0.8, 1800), 0.3));
  return finishLoop(mix(L, bed, corridor), -23);
}

function street(): Sig {
  const L = secs(16);
  const N = L + secs(XFADE);
  const r = rng(23);
  const lfo = (i: number, a: number, b: number, c: number): number =>
    1 + 0.25 * Math.sin((2 * Math.PI * i) / L + a) + 0.15 * Math.sin((4 * Math.PI * i) / L + b) + 0.1 * Math.sin((6 * Math.PI * i) / L + c);
  const wash = mul(setRms(hp(lp(mix(N, brown(N, r), scale(pink(N, r), 0.5)), 550), 35), -23), (i) => lfo(i, 0.3, 1.9, 4.1));
  const windEnv = (i: number): number => Math.max(0, 0.6 + 0.4 * Math.sin((2 * Math.PI * 3 * i) / L + 1) * Math.sin((2 * Math.PI * i) / L + 2.2));
  const wind = mul(setRms(lp(sweep(white(N, r), 'bandpass', (i) => 380 + 220 * windEnv(i), 1.1), 2200), -31), windEnv);
  const bed = loopable(mix(N, wash, wind), L);

  const cars = zeros(L);
  addCirc(cars, setPeak(carPass(r, 9, 4.5, 12, 6, 52), -13), secs(1.0));
  addCirc(cars, setPeak(lp(carPass(r, 8, 4, 10, 22, 44), 1800), -24), secs(9.5));
  const space = circular(cars, (y) => reverb(y, room(231, 0.6, 2000), 0.15));
  return finishLoop(mix(L, bed, space), -20);
}

function rain(): Sig {
  const L = secs(12);
  const N = L + secs(XFADE);
  const r = rng(24);
  const sheet = setRms(lp(lp(hp(pink(N, r), 500), 3000), 5000), -28);
  const outside = setRms(hp(lp(brown(N, r), 400), 40), -32);
  const bed = loopable(mix(N, sheet, outside), L);

  const drops = zeros(L);
  let t = 0;
  while (t < 12) {
    const big = r() < 0.12;
    const g = Math.exp(between(r, -2.2, 0)) * (big ? 0.6 : 0.55);
    addCirc(drops, drop(r, big), secs(t), g);
    t += -Math.log(1 - r()) / 55;
  }
  const glass = circular(lp(setRms(drops, -29), 6000), (y) => reverb(y, room(241, 0.3, 3000), 0.2));
  return finishLoop(mix(L, bed, glass), -21);
}

function home(): Sig {
  const L = secs(12);
  const N = L + secs(XFADE);
  const r = rng(25);
  const low = setRms(hp(lp(brown(N, r), 320), 45), -31);
  const air = setRms(lp(pink(N, r), 1500), -39);
  const bed = loopable(mix(N, low, air), L);

  const clock = zeros(L);
  for (let s = 0; s < 12; s++) addCirc(clock, tick(r, s % 2 === 1), secs(s + 0.25), s % 2 ? 0.85 : 1);
  const ticks = circular(setPeak(clock, -17), (y) => reverb(y, room(251, 0.4, 2600), 0.25));
  return finishLoop(mix(L, bed, ticks), -24);
}

// ---------------------------------------------------------------------------------------------
// Encoding

interface Recipe {
  make: () => Sig;
  quality: number;
}

const RECIPES: Record<string, Recipe> = {
  office: { make: office, quality: 1 },
  ward: { make: ward, quality: 1 },
  street: { make: street, quality: 1 },
  rain: { make: rain, quality: 0 },
  home: { make: home, quality: 1 },
  'door-knock': { make: doorKnock, quality: 2 },
  'phone-ring': { make: phoneRing, quality: 2 },
  'door-close': { make: doorClose, quality: 2 },
  footsteps: { make: footsteps, quality: 2 },
  'message-ping': { make: messagePing, quality: 2 },
  kettle: { make: kettle, quality: 2 },
};

function encode(id: string, x: Sig, quality: number): string {
  const out = resolve(OUT_DIR, `${id}.ogg`);
  const pcm = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) pcm[i] = Math.max(-1, Math.min(1, x[i] ?? 0));
  // -R: repeatable (fixed Ogg serial number); -D: no dither.
  const args = ['-R', '-D', '-t', 'raw', '-r', String(SR), '-e', 'floating-point', '-b', '32', '-c', '1', '-L', '-'];
  args.push('--comment', `swsim synthesised sound: ${id}`, '-C', String(quality), out);
  const res = spawnSync('sox', args, { input: Buffer.from(pcm.buffer) });
  if (res.status !== 0) throw new Error(`sox failed for ${id}: ${res.stderr.toString()}`);
  return out;
}

function main(): void {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((id) => !(id in RECIPES));
  if (unknown.length) throw new Error(`unknown sound id(s): ${unknown.join(', ')}`);
  for (const [id, recipe] of Object.entries(RECIPES)) {
    if (wanted.length && !wanted.includes(id)) continue;
    const x = recipe.make();
    const file = encode(id, x, recipe.quality);
    const kb = (statSync(file).size / 1024).toFixed(1);
    const db = (v: number): string => (20 * Math.log10(Math.max(1e-9, v))).toFixed(1);
    console.log(`${id.padEnd(13)} ${(x.length / SR).toFixed(2)} s  peak ${db(peak(x))} dBFS  rms ${db(rms(x))} dB  ${kb} KB`);
  }
}

main();
