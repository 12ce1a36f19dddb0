import { z } from 'zod';

/**
 * The cast as data (assets/cast.json). Every portrait is drawn from these
 * parameters by renderPortrait (src/art/portrait.ts); nothing is downloaded.
 */

const Kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case');
/** A colour as #rrggbb. */
const Hex = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb');

export const FACE_SHAPES = ['oval', 'round', 'square', 'heart', 'long'] as const;
export const EYE_SHAPES = ['almond', 'round', 'hooded'] as const;
export const NOSE_SHAPES = ['narrow', 'medium', 'broad'] as const;
export const LIP_SHAPES = ['thin', 'medium', 'full'] as const;
export const HAIR_STYLES = [
  'crop',
  'side-part',
  'receding',
  'close-crop',
  'curly',
  'bob',
  'afro-puff',
  'braids-bun',
  'ponytail',
  'long-straight',
  'undercut',
  'covered',
] as const;
export const FACIAL_HAIR = ['none', 'stubble', 'short-beard', 'moustache'] as const;
export const CLOTHING_STYLES = ['hoodie', 'shirt', 'tunic', 'jumper', 't-shirt', 'cardigan', 'blazer', 'fleece'] as const;
export const GLASSES_SHAPES = ['round', 'rectangular'] as const;
export const HEADWEAR_STYLES = ['head-wrap'] as const;

export const AppearanceSchema = z.strictObject({
  /** Base skin colour; shading and lip colour are derived from it. */
  skin: Hex,
  face: z.enum(FACE_SHAPES),
  eyes: z.strictObject({ colour: Hex, shape: z.enum(EYE_SHAPES) }),
  nose: z.enum(NOSE_SHAPES),
  lips: z.enum(LIP_SHAPES),
  /** Brow colour; usually a little darker than the hair. */
  brows: Hex,
  hair: z.strictObject({
    style: z.enum(HAIR_STYLES),
    colour: Hex,
    /** Second tone for texture (strands, curls, braids, grey flecks). */
    tone: Hex,
  }),
  facialHair: z.strictObject({ style: z.enum(FACIAL_HAIR), colour: Hex }),
  clothing: z.strictObject({
    style: z.enum(CLOTHING_STYLES),
    colour: Hex,
    /** What shows underneath or as trim: a top under a cardigan or blazer, a collar, piping. */
    under: Hex,
  }),
  glasses: z.strictObject({ shape: z.enum(GLASSES_SHAPES), frame: Hex }).nullable(),
  /** Lanyard strap colour, or null for none. */
  lanyard: Hex.nullable(),
  headwear: z.strictObject({ style: z.enum(HEADWEAR_STYLES), colour: Hex, pattern: Hex }).nullable(),
  /** Small stud earrings, or null. */
  earrings: Hex.nullable(),
});
export type Appearance = z.infer<typeof AppearanceSchema>;

export const CastMemberSchema = z.strictObject({
  id: Kebab,
  /** Exactly what stories write in '# speaker: <name>'. */
  name: z.string().min(1),
  fullName: z.string().min(1),
  pronouns: z.enum(['he/him', 'she/her', 'they/them']),
  age: z.int().min(16).max(100),
  role: z.string().min(1),
  /** A plain-language description of the person's appearance, for authors and for alt text. */
  description: z.string().min(1),
  appearance: AppearanceSchema,
});
export type CastMember = z.infer<typeof CastMemberSchema>;

export const CastSchema = z
  .strictObject({
    type: z.literal('swsim.cast'),
    schemaVersion: z.literal(1),
    members: z.array(CastMemberSchema).min(1),
  })
  .superRefine((cast, ctx) => {
    const ids = new Set<string>();
    const names = new Set<string>();
    cast.members.forEach((m, i) => {
      if (ids.has(m.id)) ctx.addIssue({ code: 'custom', path: ['members', i, 'id'], message: `duplicate id '${m.id}'` });
      if (names.has(m.name)) ctx.addIssue({ code: 'custom', path: ['members', i, 'name'], message: `duplicate name '${m.name}'` });
      ids.add(m.id);
      names.add(m.name);
    });
  });
export type Cast = z.infer<typeof CastSchema>;
