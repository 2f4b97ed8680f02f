import { describe, expect, it } from 'vitest';
import { kwp, makeKb, project } from '../helpers/kb.js';
import type { CodeQualityIssue } from '../../src/render/validate-gitlab.js';
import { HOSTILE, kbInRepositorySubfolder, kbWithProblems } from './shared.js';

async function gitlab(root: string, extra: string[] = []) {
  const result = await kwp(['validate', '--kb', root, '--format', 'gitlab', ...extra]);
  return { ...result, issues: JSON.parse(result.stdout) as CodeQualityIssue[] };
}

describe('kwp validate --format gitlab', () => {
  it('writes a Code Quality report: major for errors, minor for warnings, kb-relative paths without git', async () => {
    const { code, issues, stderr } = await gitlab(kbWithProblems());
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(issues).toHaveLength(2);
    const [error, warning] = [
      issues.find((i) => i.severity === 'major')!,
      issues.find((i) => i.severity === 'minor')!,
    ];
    expect(error).toMatchObject({
      check_name: 'kwp/unknown-vocabulary',
      location: { path: 'knowledge/projecten/2026-a.md', lines: { begin: 10 } },
    });
    expect(error.description).toContain('Nergenshuizen');
    expect(warning).toMatchObject({
      check_name: 'kwp/unknown-key',
      location: { path: 'knowledge/projecten/2026-a.md', lines: { begin: 11 } },
    });
    for (const issue of issues) {
      expect(Object.keys(issue).sort()).toEqual([
        'check_name',
        'description',
        'fingerprint',
        'location',
        'severity',
      ]);
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    }
  });

  it('prints [] for a clean knowledge base', async () => {
    const { code, stdout } = await gitlab(makeKb());
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([]);
  });

  it('gives fingerprints that are unique, stable across runs and languages, and not tied to the line', async () => {
    const root = makeKb({
      'knowledge/projecten/2026-a.md': project('2026-a', 'gebied: Nergens\nfoo: 1\nbar: 2\n'),
      'knowledge/projecten/2026-b.md': project('2026-b', 'gebied: Nergens\nfoo: 1\n'),
    });
    const first = (await gitlab(root)).issues.map((i) => i.fingerprint);
    const second = (await gitlab(root)).issues.map((i) => i.fingerprint);
    const english = (await gitlab(root, ['--lang', 'en'])).issues.map((i) => i.fingerprint);
    expect(first.length).toBeGreaterThanOrEqual(5);
    expect(new Set(first).size).toBe(first.length);
    expect(second).toEqual(first);
    expect(english).toEqual(first);
    // A line added above the problems moves them, but keeps their fingerprints.
    const moved = makeKb({
      'knowledge/projecten/2026-a.md': project(
        '2026-a',
        '# een opmerking\ngebied: Nergens\nfoo: 1\nbar: 2\n',
      ),
      'knowledge/projecten/2026-b.md': project('2026-b', 'gebied: Nergens\nfoo: 1\n'),
    });
    const after = (await gitlab(moved)).issues;
    expect(after.map((i) => i.fingerprint).sort()).toEqual([...first].sort());
    const before = (await gitlab(root)).issues;
    const vocab = (list: CodeQualityIssue[]) =>
      list.find((i) => i.check_name === 'kwp/unknown-vocabulary' && i.location.path.endsWith('2026-a.md'))!;
    expect(vocab(after).location.lines.begin).toBe(vocab(before).location.lines.begin + 1);
    expect(vocab(after).fingerprint).toBe(vocab(before).fingerprint);
  });

  it('keeps a hostile value inside its JSON string', async () => {
    const { issues } = await gitlab(kbWithProblems(HOSTILE));
    expect(issues.find((i) => i.severity === 'major')!.description).toContain(HOSTILE);
  });

  it('gives paths relative to the repository root when the kb is in a subfolder', async () => {
    const [, root] = kbInRepositorySubfolder();
    const { issues } = await gitlab(root);
    expect(issues.map((i) => i.location.path)).toEqual([
      'sub/dir/knowledge/projecten/2026-a.md',
      'sub/dir/knowledge/projecten/2026-a.md',
    ]);
  });
});
