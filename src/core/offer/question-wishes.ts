// What a question asks of the education that takes it up (format.md, `knowledge/kennisvragen/`):
// the levels and forms that suit it, how many students it needs, and when the work should happen.
// Checked here for `kwp new vraag` (flags and answers alike), each problem naming its flag. Pure.
import type { Message } from '../../messages/catalogue.js';
import { dateRangeProblems } from '../dates.js';
import { NIVEAUS, VORMEN } from '../enums.js';
import { notAllowed } from '../suggest.js';
import type { YamlValue } from '../scaffold/yaml-value.js';

export interface QuestionWishes {
  niveau: string[];
  vorm: string[];
  studenten?: number;
  /** `gewenst.van`: not starting before. */
  van?: string;
  /** `gewenst.tot`: finished by. */
  tot?: string;
}

export function noWishes(): QuestionWishes {
  return { niveau: [], vorm: [] };
}

/** Whether any wish is given. */
export function hasWishes(w: QuestionWishes): boolean {
  return w.niveau.length > 0 || w.vorm.length > 0 || w.studenten !== undefined || !!w.van || !!w.tot;
}

/** `--students` as a whole number ≥ 1, or the problem. */
export function parseStudents(text: string): { value?: number; problem?: Message } {
  const value = text.trim();
  if (/^\d+$/.test(value) && Number(value) >= 1) return { value: Number(value) };
  return { problem: { id: 'new.count', args: { option: '--students', value: text } } };
}

/** Every problem of the wishes: levels and forms from their lists, real dates, `van` ≤ `tot`. */
export function wishProblems(w: QuestionWishes): Message[] {
  const problems: Message[] = [];
  for (const [option, values, allowed] of [
    ['--level', w.niveau, NIVEAUS],
    ['--form', w.vorm, VORMEN],
  ] as const) {
    for (const value of values) {
      const problem = notAllowed(option, value, allowed);
      if (problem) problems.push(problem);
    }
  }
  problems.push(
    ...dateRangeProblems(
      { option: '--wanted-from', value: w.van },
      { option: '--wanted-until', value: w.tot },
      (van, tot) => ({ id: 'new.wanted-order', args: { van, tot } }),
    ),
  );
  return problems;
}

/** The template values: `niveau`, `vorm`, `studenten` and `gewenst` (absent when not given). */
export function wishValues(w: QuestionWishes): Record<string, YamlValue> {
  const gewenst = { ...(w.van ? { van: w.van } : {}), ...(w.tot ? { tot: w.tot } : {}) };
  return {
    niveau: w.niveau.length > 0 ? w.niveau : undefined,
    vorm: w.vorm.length > 0 ? w.vorm : undefined,
    studenten: w.studenten,
    gewenst: Object.keys(gewenst).length > 0 ? gewenst : undefined,
  };
}
