import { z } from 'zod';

/** Item codes such as `SWE-1`, `SWE-1.7`, `HCPC-10`, `PCF-6`. */
export const ItemCodeSchema = z.string().regex(/^[A-Z]+-\d+(?:\.\d+)?$/, 'a code like SWE-1.1 (upper-case id, hyphen, number)');

export const FrameworkItemSchema = z.strictObject({
  code: ItemCodeSchema,
  title: z.string().min(1),
  parent: ItemCodeSchema.optional(),
  sourceUrl: z.url({ protocol: /^https$/ }).optional(),
});

/**
 * A professional framework as data (`stories/frameworks/*.json`). Educators can add one (say, SSSC
 * codes for Scotland) without code: every item code starts with the framework id and a hyphen.
 */
export const FrameworkSchema = z
  .strictObject({
    type: z.literal('swsim.framework'),
    schemaVersion: z.literal(1),
    id: z.string().regex(/^[A-Z]+$/, 'upper-case letters only, e.g. SWE'),
    name: z.string().min(1),
    publisher: z.string().min(1),
    edition: z.string().min(1).optional(),
    sourceUrl: z.url({ protocol: /^https$/ }),
    note: z.string().optional(),
    items: z.array(FrameworkItemSchema).min(1),
  })
  .superRefine((fw, ctx) => {
    const seen = new Set<string>();
    fw.items.forEach((item, i) => {
      if (!item.code.startsWith(`${fw.id}-`)) {
        ctx.addIssue({ code: 'custom', path: ['items', i, 'code'], message: `code ${item.code} must start with '${fw.id}-'` });
      }
      if (seen.has(item.code)) {
        ctx.addIssue({ code: 'custom', path: ['items', i, 'code'], message: `duplicate code ${item.code}` });
      }
      if (item.parent !== undefined && !seen.has(item.parent)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'parent'],
          message: `parent ${item.parent} must be listed before ${item.code}`,
        });
      }
      seen.add(item.code);
    });
  });

export type Framework = z.infer<typeof FrameworkSchema>;
export type FrameworkItem = z.infer<typeof FrameworkItemSchema>;
