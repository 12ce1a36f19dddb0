/**
 * `npm run new-scenario -- <id>`: writes `stories/<id>.ink` with every header tag filled in as an
 * example, one decision with two tagged options and an ending. It passes `stories:check` as written.
 * Refuses to overwrite, and rejects an id that is not kebab-case.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { KEBAB } from '../../engine/tags.ts';

export function scenarioTemplate(id: string): string {
  const title = id
    .split('-')
    .map((w, i) => (i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w))
    .join(' ');
  return `# title: ${title}
# summary: One or two sentences a trainee reads before choosing this scenario. Say who they meet and where.
# minutes: 15
# version: 1
# content-note: distress
# author: Your name or team
# meter: trust, Trust, 0, 10
# reflect: What? What happened, and what did you notice in yourself?
# reflect: So what? What do your choices say about the values you bring to practice?
# reflect: Now what? What would you do again, and what would you do differently?

// Ink variables are your tool for state. The meter above shows this one on screen.
VAR trust = 5

-> opening

=== opening ===
// Set the scene (see assets/scenes/ for the names) and the time of day.
You arrive at the meeting room a few minutes early. # scene: meeting-room # clock: 10:00
"Thanks for coming. I wasn't sure you would." # speaker: Sam # mood: anxious
// A decision: the line before the choices carries # decision: id, question (and # key for a key moment).
"Where do we even start?" # speaker: Sam # mood: anxious # decision: first-words, How do you open the conversation? # key
* ["Shall we start with what matters most to you today?" #id: their-agenda #standard: SWE-1.3 +2 #standard: PCF-7 +1 #feedback: Starting from what matters to Sam treats them as the expert in their own life, which builds trust. One thing to consider is when you will also explain your role.]
    ~ trust += 2
    "Honestly? Just being listened to." # speaker: Sam # mood: relieved
    -> close
* ["I need to go through this form with you first." #id: form-first #standard: SWE-1.3 -1 #standard: SWE-2.1 +1 #feedback: Being clear about the task is honest and keeps things on track. Another option some practitioners use is to ask what matters to the person first, then come back to the form together.]
    ~ trust -= 1
    "Right. The form." # speaker: Sam # mood: sad
    -> close

=== close ===
You agree a time to meet again. # ending: next-meeting, Next meeting agreed
-> END
`;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const args = process.argv.slice(2);
  const rootAt = args.indexOf('--root');
  const rootArg = rootAt >= 0 ? args[rootAt + 1] : undefined;
  const id = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--root');
  const root = rootArg ? resolve(rootArg) : resolve(import.meta.dirname, '../../..');
  if (!id) {
    console.error('Usage: npm run new-scenario -- <scenario-id>   (kebab-case, e.g. npm run new-scenario -- first-home-visit)');
    process.exit(2);
  }
  if (!KEBAB.test(id)) {
    console.error(`'${id}' is not a kebab-case id. Use lower-case words joined by hyphens, e.g. 'first-home-visit'.`);
    process.exit(2);
  }
  const file = resolve(root, 'stories', `${id}.ink`);
  if (existsSync(file)) {
    console.error(`stories/${id}.ink already exists; nothing was changed. Choose another id, or edit that file.`);
    process.exit(2);
  }
  writeFileSync(file, scenarioTemplate(id));
  console.log(`Wrote stories/${id}.ink. Open it in Inky or your editor, then run 'npm run stories:check -- ${id}' (or keep 'npm run dev' open to see it in the browser).`);
}
