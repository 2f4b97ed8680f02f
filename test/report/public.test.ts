// --public: no person's name, e-mail address or phone number anywhere in any format; organisations stay.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/core/knowledge-base.js';
import { personalData } from '../../src/core/report/public.js';
import { loadKnowledgeBase } from '../../src/store/read-kb.js';
import { kwp, makeKb, project, REPO } from '../helpers/kb.js';

const FORMATS = ['md', 'json', 'html', 'csv'] as const;

/** Every person's name, e-mail and phone number, read straight from the files (independent of kwp's list). */
function peopleInFiles(): string[] {
  const found = new Set<string>();
  const files = [join(REPO, 'knowledge', 'werkplaats.md')];
  for (const dir of ['projecten', 'kennisvragen', 'partners']) {
    for (const name of readdirSync(join(REPO, 'knowledge', dir)))
      files.push(join(REPO, 'knowledge', dir, name));
  }
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/email: ?"?([^\s,}"]+@[^\s,}"]+)/g)) found.add(m[1]!);
    for (const m of text.matchAll(/telefoon: ?"?([+\d][\d -]+\d)/g)) found.add(m[1]!);
    for (const m of text.matchAll(/\{\s*naam: ?"?([^,}"]+)"?,\s*(?:email|telefoon|rol|organisatie)/g))
      found.add(m[1]!.trim());
  }
  return [...found];
}

describe('kwp report --public', () => {
  it('finds the people of the example knowledge base', async () => {
    const kb = new KnowledgeBase((await loadKnowledgeBase(REPO)).files);
    const terms = personalData(kb);
    for (const person of peopleInFiles())
      expect(terms.map((t) => t.toLowerCase())).toContain(person.toLowerCase());
  });

  it.each(FORMATS)(
    'leaves every person out of the %s werkplaats report, and keeps the organisations',
    async (format) => {
      const { code, stdout } = await kwp(['report', '--kb', REPO, '--format', format, '--public']);
      expect(code).toBe(0);
      for (const person of peopleInFiles()) expect(stdout.toLowerCase()).not.toContain(person.toLowerCase());
      expect(stdout).toContain('Hogeschool Rivelde');
    },
  );

  it.each(FORMATS)('leaves every person out of the %s project report', async (format) => {
    const { code, stdout } = await kwp([
      'report',
      '2025-groene-schoolpleinen-rivierenwijk',
      '--kb',
      REPO,
      '--format',
      format,
      '--public',
    ]);
    expect(code).toBe(0);
    for (const person of peopleInFiles()) expect(stdout.toLowerCase()).not.toContain(person.toLowerCase());
  });
});

describe('kwp report --public, where people are named in free text', () => {
  const text = 'Femke de Vries (f.devries@example.org, 06-12345678) leidde de sessies met Saxion';
  const kb = () =>
    makeKb({
      'knowledge/projecten/2026-a.md': project(
        '2026-a',
        `titel: Gesprekken met Femke de Vries\nstatus: afgerond\nevaluatie: {datum: 2026-06-30, conclusies: [${JSON.stringify(text)}]}\npartners: [{naam: Saxion, groep: onderwijs, niveau: hbo, studenten: 4}]\n`,
      )
        .replace('status: lopend\n', '')
        .replace('titel: Project 2026-a\n', ''),
    });

  it.each(FORMATS)('names them without --public and not with it, in %s', async (format) => {
    const root = kb();
    const open = await kwp(['report', '--kb', root, '--format', format]);
    expect(open.stdout).toContain('Femke de Vries');
    const shown = await kwp(['report', '--kb', root, '--format', format, '--public']);
    expect(shown.code).toBe(0);
    for (const personal of ['Femke de Vries', 'f.devries@example.org', '06-12345678', 'Ahmed Yilmaz']) {
      expect(shown.stdout).not.toContain(personal);
    }
    expect(shown.stdout).toContain('Saxion');
  });
});
