// Plural forms in the message catalogue: `{count:# bestand|# bestanden}` says "1 bestand" and
// "2 bestanden", never "bestand(en)" — in Dutch and in English.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/messages/en.js';
import { t } from '../../src/messages/catalogue.js';
import { nl } from '../../src/messages/nl.js';
import { kwp, makeKb, project, WERKPLAATS } from '../helpers/kb.js';

describe('plural forms', () => {
  it('choose the form for the number, in both languages', () => {
    const args = (files: number, errors: number, warnings: number) => ({ files, errors, warnings });
    expect(t('nl', 'cli.validate-summary', args(1, 1, 0))).toBe(
      '1 bestand gecontroleerd: 1 fout, 0 waarschuwingen.',
    );
    expect(t('nl', 'cli.validate-summary', args(43, 2, 1))).toBe(
      '43 bestanden gecontroleerd: 2 fouten, 1 waarschuwing.',
    );
    expect(t('en', 'cli.validate-summary', args(1, 0, 2))).toBe('1 file checked: 0 errors, 2 warnings.');
    expect(t('en', 'report.html.plan.late', { n: 1 })).toBe('1 day after the planned end');
    expect(t('nl', 'report.html.plan.early', { n: 3 })).toBe('3 dagen vóór het geplande einde');
  });

  it('leave a plural without its number as it is, so a missing argument shows', () => {
    expect(t('nl', 'open.unread', {})).toContain('{count:');
  });

  it('appear nowhere as "(en)" or "(s)" after a word: every count has its own forms', () => {
    const patched = (texts: Record<string, string>) =>
      Object.entries(texts)
        .filter(([, text]) => /\p{L}\((en|s)\)/u.test(text))
        .map(([id]) => id);
    expect(patched(nl)).toEqual([]);
    expect(patched(en)).toEqual([]);
  });

  it('never put a bare number before a plural noun: "{n} bestanden" says "1 bestanden" for one', () => {
    const NOUNS =
      /\{\w+\} (bestanden|projecten|gebieden|studenten|fouten|waarschuwingen|dagen|vragen|partners|files|projects|areas|students|errors|warnings|days|questions)\b/;
    const bare = (texts: Record<string, string>) =>
      Object.entries(texts)
        .filter(([, text]) => NOUNS.test(text))
        .map(([id]) => id);
    expect(bare(nl)).toEqual([]);
    expect(bare(en)).toEqual([]);
  });

  it('count files read, targets and multilevel projects in the singular for one', () => {
    expect(t('nl', 'report.progress.counting', { files: 1 })).toBe('kwp: 1 bestand gelezen; rapport maken…');
    expect(t('en', 'report.progress.counting', { files: 2 })).toBe('kwp: 2 files read; making the report…');
    expect(t('nl', 'init.summary.targets', { students: 1, areas: 1, projects: 3 })).toBe(
      '1 student, 1 gebied, 3 projecten',
    );
    // A target that is not set is shown as "–", with the plural noun.
    expect(t('en', 'init.summary.targets', { students: '–', areas: 2, projects: 1 })).toBe(
      '– students, 2 areas, 1 project',
    );
    expect(t('nl', 'report.html.note.multilevel', { n: 1, total: 4 })).toBe(
      '1 van de 4 projecten heeft studenten van twee of meer niveaus',
    );
    expect(t('nl', 'report.html.note.multilevel', { n: 2, total: 4 })).toBe(
      '2 van de 4 projecten hebben studenten van twee of meer niveaus',
    );
  });
});

describe('no plural is left unresolved in what kwp shows', () => {
  it('in every report format and language of a knowledge base with one unreadable file', async () => {
    const root = makeKb({
      'knowledge/werkplaats.md': WERKPLAATS,
      'knowledge/projecten/2026-een.md': project('2026-een'),
      'knowledge/projecten/2026-kapot.md': '---\ntitel: [kapot\n---\n',
    });
    for (const lang of ['nl', 'en'])
      for (const format of ['md', 'html', 'json', 'csv']) {
        const result = await kwp(['report', '--kb', root, '--format', format, '--lang', lang]);
        expect(result.code).toBe(0);
        expect(result.stdout + result.stderr).not.toMatch(/\{\w+:[^{}]*\|[^{}]*\}/);
        expect(result.stdout + result.stderr).toMatch(lang === 'nl' ? /1 bestand\b/ : /1 file\b/);
      }
  });
});
