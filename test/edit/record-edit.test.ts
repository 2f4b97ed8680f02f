// The core of `kwp edit`: wanted values against a record's current ones give exactly the edits of
// the fields that changed. Accepting every current value leaves the file byte for byte; one change
// touches only its key (or its section); a section is replaced or added without touching the others.
import { describe, expect, it } from 'vitest';
import { editRecord } from '../../src/core/edit/record/plan-record.js';
import { setSection } from '../../src/core/edit/record/section-edit.js';
import { readValues } from '../../src/core/edit/record/values.js';
import { wantedFromFlags } from '../../src/core/edit/record/flags.js';
import { splitFrontmatter } from '../../src/core/frontmatter.js';
import type { Kind } from '../../src/core/kinds.js';
import { readYamlFull } from '../../src/core/yaml-full.js';
import { unifiedDiff } from '../../src/render/unified-diff.js';
import { expectEdited, FIXTURE_NAMES, fixture } from './helpers.js';

function valuesOf(text: string, kind: Kind) {
  const split = splitFrontmatter(text.replace(/^\uFEFF/, ''));
  if (!split.ok) throw new Error('no frontmatter');
  const data = readYamlFull(split.yaml).data as Record<string, unknown>;
  return { data, current: readValues(kind, data ?? {}, split.body) };
}

const kindOf = (name: string): Kind => (name.startsWith('vraag') ? 'vraag' : 'project');

describe('editRecord', () => {
  it.each(FIXTURE_NAMES.filter((n) => n !== 'project-raar.md'))(
    '%s: every current value wanted again: no change, the same bytes',
    (name) => {
      const text = fixture(name);
      const { current } = valuesOf(text, kindOf(name));
      const result = editRecord(text, kindOf(name), current, structuredClone(current));
      expect(result).toEqual({ ok: true, text, changed: [] });
    },
  );

  it('one changed field is one edit of that key, nothing else moves', () => {
    const text = fixture('project-opmerkingen.md');
    const { current } = valuesOf(text, 'project');
    const result = editRecord(text, 'project', current, { ...current, gebied: 'Rivierenwijk' });
    expect(result.ok && result.changed).toEqual(['gebied']);
    if (!result.ok) return;
    expect(result.text).toBe(text.replace('gebied: Binnenstad', 'gebied: Rivierenwijk'));
    expectEdited(text, result.text, { op: 'set', path: ['gebied'], value: 'Rivierenwijk' });
  });

  it('a person typed back as "Naam <email>" is the stored person, organisatie and all', () => {
    const text = fixture('project-opmerkingen.md');
    const { current } = valuesOf(text, 'project');
    const result = editRecord(text, 'project', current, {
      projectleider: { naam: 'Femke de Vries', email: 'f.devries@example.org' },
    });
    expect(result).toEqual({ ok: true, text, changed: [] });
  });

  it('a new address keeps what else was stored with the person', () => {
    const text = fixture('project-opmerkingen.md');
    const { current } = valuesOf(text, 'project');
    const result = editRecord(text, 'project', current, {
      projectleider: { naam: 'Femke de Vries', email: 'femke@example.org' },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const after = valuesOf(result.text, 'project').current['projectleider'];
    expect(after).toEqual({
      naam: 'Femke de Vries',
      email: 'femke@example.org',
      organisatie: 'Hogeschool Rivelde',
    });
  });

  it('themes in another order are the same themes', () => {
    const text = fixture('project-opmerkingen.md');
    const { current } = valuesOf(text, 'project');
    const result = editRecord(text, 'project', current, {
      thema: ['ruimtelijke ontwikkeling', 'duurzaamheid'],
    });
    expect(result).toEqual({ ok: true, text, changed: [] });
  });

  it('an emptied value removes its key', () => {
    const text = fixture('vraag.md');
    const { current } = valuesOf(text, 'vraag');
    const result = editRecord(text, 'vraag', current, { vraageigenaar: undefined });
    expect(result.ok && result.text).toBe(
      text.replace("vraageigenaar: {naam: 'Wijkraad Rivierenwijk'}\n", ''),
    );
  });

  it('clearing the last key of a mapping removes the mapping, not more', () => {
    const text = '---\nid: a-b-c\nplanning:\n  start: 2026-02-02\n# noot\nstatus: voorbereiding\n---\n';
    const { current } = valuesOf(text, 'project');
    const result = editRecord(text, 'project', current, { 'planning.start': undefined });
    expect(result).toEqual({
      ok: true,
      text: '---\nid: a-b-c\n# noot\nstatus: voorbereiding\n---\n',
      changed: ['planning.start'],
    });
  });

  it('CRLF line ends stay CRLF, in the frontmatter and in a section', () => {
    const text = fixture('project-crlf.md');
    const { current } = valuesOf(text, 'project');
    const result = editRecord(text, 'project', current, {
      status: 'afgerond',
      '## Inhoud': 'Nieuwe\ntekst.',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(valuesOf(result.text, 'project').current['## Inhoud']).toBe('Nieuwe\ntekst.');
  });
});

describe('setSection', () => {
  const file = '---\nid: x\n---\n\n## Inhoud\n\nOud.\n\n## Leerdoelen\n\nBlijft.\n';

  it('replaces the text of a section, the other sections stay', () => {
    expect(setSection(file, 'Inhoud', 'Nieuw,\nop twee regels.')).toBe(
      '---\nid: x\n---\n\n## Inhoud\n\nNieuw,\nop twee regels.\n\n## Leerdoelen\n\nBlijft.\n',
    );
  });

  it('replaces the last section and ends the file with one line end', () => {
    expect(setSection(file, 'Leerdoelen', 'Anders.')).toBe(
      '---\nid: x\n---\n\n## Inhoud\n\nOud.\n\n## Leerdoelen\n\nAnders.\n',
    );
  });

  it('fills a section that holds only a template hint', () => {
    const hinted = '---\nid: x\n---\n\n## Inhoud\n\n<!-- Wat gaat er gebeuren? -->\n\n## Resultaten\n';
    expect(setSection(hinted, 'Inhoud', 'Dit.')).toBe(
      '---\nid: x\n---\n\n## Inhoud\n\nDit.\n\n## Resultaten\n',
    );
  });

  it('adds a section that is absent at the end of the body', () => {
    expect(setSection('---\nid: x\n---\n\nTekst.\n', 'Inhoud', 'Dit.')).toBe(
      '---\nid: x\n---\n\nTekst.\n\n## Inhoud\n\nDit.\n',
    );
    expect(setSection('---\nid: x\n---\n', 'Inhoud', 'Dit.')).toBe('---\nid: x\n---\n\n## Inhoud\n\nDit.\n');
  });

  it('a heading inside a code fence is not the section', () => {
    const fenced = '---\nid: x\n---\n\n```\n## Inhoud\n```\n';
    expect(setSection(fenced, 'Inhoud', 'Dit.')).toBe(`${fenced}\n## Inhoud\n\nDit.\n`);
  });
});

describe('wantedFromFlags', () => {
  const current = { thema: ['a', 'b'], status: 'open' };

  it('a repeated list flag replaces the list; add and remove change one item', () => {
    expect(wantedFromFlags('vraag', current, { theme: ['c', 'd'] }, []).wanted).toEqual({
      thema: ['c', 'd'],
    });
    expect(wantedFromFlags('vraag', current, { addTheme: ['c'], removeTheme: ['a'] }, []).wanted).toEqual({
      thema: ['b', 'c'],
    });
  });

  it('names every bad value with its flag', () => {
    const { problems } = wantedFromFlags(
      'project',
      {},
      { status: 'klaar', start: '2026-02-30', lead: 'f@example.org', group: 'onderwijs', removeTheme: ['x'] },
      [],
    );
    expect(problems.map((p) => p.id).sort()).toEqual(
      [
        'cli.unknown-option-value',
        'edit.flag-not-for-kind',
        'edit.not-in-list',
        'new.date',
        'new.person',
      ].sort(),
    );
  });

  it('adds a registered partner by name, with its group and level', () => {
    const partners = [{ naam: 'Hogeschool Rivelde', groep: 'onderwijs', niveau: 'hbo' }];
    const { wanted, problems } = wantedFromFlags(
      'project',
      {},
      { addPartner: ['hogeschool rivelde'] },
      partners,
    );
    expect(problems).toEqual([]);
    expect(wanted['partners']).toEqual([{ naam: 'Hogeschool Rivelde', groep: 'onderwijs', niveau: 'hbo' }]);
    expect(wantedFromFlags('project', {}, { addPartner: ['Onbekend'] }, partners).problems[0]!.id).toBe(
      'edit.unknown-partner',
    );
  });
});

describe('unifiedDiff', () => {
  it('shows changed lines with three lines of context, as git does', () => {
    const a = 'a\nb\nc\nd\ne\nf\ng\nh\n';
    const b = 'a\nb\nc\nd\nE\nf\ng\nh\n';
    expect(unifiedDiff('x.md', a, b)).toBe(
      '--- a/x.md\n+++ b/x.md\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n',
    );
  });

  it('an added line at the end, and nothing for equal texts', () => {
    expect(unifiedDiff('x.md', 'a\n', 'a\nb\n')).toBe('--- a/x.md\n+++ b/x.md\n@@ -1 +1,2 @@\n a\n+b\n');
    expect(unifiedDiff('x.md', 'a\n', 'a\n')).toBe('');
  });
});
