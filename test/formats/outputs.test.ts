// `kwp validate --output <format>=<file>`: one validation writes several reports (what CI needs from
// one run: annotations, job summary and a SARIF or Code Quality file), each the same as that format
// on its own; `--output-scope all` makes the files cover the whole knowledge base under --changed.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git } from '../helpers/git.js';
import { kwp, makeKb, project, tempDir } from '../helpers/kb.js';
import { kbWithProblems } from './shared.js';

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

describe('kwp validate --output', () => {
  it('writes each file as that format alone would, beside the --format on stdout, from one run', async () => {
    const root = kbWithProblems();
    const out = tempDir();
    const summary = join(out, 'summary.md');
    const both = await kwp(
      [
        'validate',
        '--kb',
        root,
        '--format',
        'github',
        '--output',
        'sarif=kwp.sarif',
        '--output',
        'json=kwp.json',
      ],
      { cwd: out, env: { GITHUB_STEP_SUMMARY: summary } },
    );
    expect(both.code).toBe(1);
    expect(both.stderr).toBe('');
    const alone = async (format: string) =>
      (await kwp(['validate', '--kb', root, '--format', format])).stdout;
    expect(both.stdout).toBe(await alone('github'));
    expect(read(out, 'kwp.sarif')).toBe(await alone('sarif'));
    expect(read(out, 'kwp.json')).toBe(await alone('json'));
    expect(JSON.parse(read(out, 'kwp.json'))).toMatchObject({ errors: 1, warnings: 1 });
    // the job summary once, for the annotations on stdout
    expect(read(out, 'summary.md').match(/^## /gm)).toHaveLength(1);
  });

  it('replaces a file that is there, and writes pretty text without colour, whatever the terminal', async () => {
    const root = kbWithProblems();
    const out = tempDir();
    await kwp(['validate', '--kb', root, '--output', 'pretty=kwp.txt'], {
      cwd: out,
      env: { FORCE_COLOR: '3' },
    });
    await kwp(['validate', '--kb', root, '--output', 'pretty=kwp.txt'], {
      cwd: out,
      env: { FORCE_COLOR: '3' },
    });
    const text = read(out, 'kwp.txt');
    expect(text).toContain('2026-a.md');
    expect(text).not.toContain('\u001b[');
    expect(readdirSync(out)).toEqual(['kwp.txt']);
  });

  it('refuses an --output that is not <format>=<file>, before writing or printing anything', async () => {
    const root = kbWithProblems();
    for (const value of ['sarif', 'sarif=', '=kwp.sarif', 'xml=kwp.xml', 'SARIF=kwp.sarif']) {
      const out = tempDir();
      const result = await kwp(['validate', '--kb', root, '--output', value], { cwd: out });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`"${value}"`);
      expect(result.stderr).toContain('--output sarif=kwp.sarif');
      expect(readdirSync(out)).toEqual([]);
    }
    const scope = await kwp(['validate', '--kb', root, '--output-scope', 'everything']);
    expect(scope.code).toBe(2);
    expect(scope.stderr).toContain('--output-scope');
  });

  it('stops with exit 2 and no verdict when a file cannot be written', async () => {
    const out = tempDir();
    const result = await kwp(['validate', '--kb', makeKb(), '--output', 'sarif=missing/kwp.sarif'], {
      cwd: out,
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('missing/kwp.sarif');
    expect(result.stderr).toContain('ENOENT');
    expect(existsSync(join(out, 'missing'))).toBe(false);
  });
});

describe('kwp validate --changed --output-scope all', () => {
  /**
   * main: 2026-a valid, 2026-e with an error of its own (an area not in the list) and 2026-w with a
   * warning; then a branch that changes only 2026-a, validly.
   */
  function repository(): string {
    const root = makeKb({
      'knowledge/projecten/2026-a.md': project('2026-a'),
      'knowledge/projecten/2026-e.md': project('2026-e', 'gebied: Nergensland\n'),
      'knowledge/projecten/2026-w.md': project('2026-w', 'onbekend: x\n'),
    });
    git(root, ['init', '-q', '-b', 'main']);
    git(root, ['add', '-A']);
    git(root, ['commit', '-qm', 'eerste']);
    git(root, ['checkout', '-q', '-b', 'feature']);
    return root;
  }

  it('reports the whole knowledge base in the files, and passes or fails on the change', async () => {
    const root = repository();
    const onMain = await kwp(['validate', '--kb', root, '--format', 'gitlab']);
    expect(onMain.code).toBe(1);
    const text = project('2026-a').replace('titel: Project 2026-a', 'titel: Project 2026-a, beter');
    writeFileSync(join(root, 'knowledge/projecten/2026-a.md'), text);

    const out = tempDir();
    const request = await kwp(
      [
        'validate',
        '--kb',
        root,
        '--changed',
        '--output-scope',
        'all',
        '--output',
        'gitlab=cq.json',
        '--output',
        'json=all.json',
      ],
      { cwd: out },
    );
    // what the change touches is fine: exit 0, and the log says so
    expect(request.code).toBe(0);
    expect(request.stdout).toContain('1 bestand gecontroleerd: geen problemen');
    // the Code Quality report is the same as the main branch's: nothing untouched is "resolved"
    expect(read(out, 'cq.json')).toBe(onMain.stdout);
    const all = JSON.parse(read(out, 'all.json')) as { files: number; diagnostics: { file: string }[] };
    expect(all.files).toBe(4);
    expect(all.diagnostics.map((d) => d.file)).toEqual([
      'knowledge/projecten/2026-e.md',
      'knowledge/projecten/2026-w.md',
    ]);
  });

  it('still fails on a problem the change brings, and reports it with the rest', async () => {
    const root = repository();
    writeFileSync(
      join(root, 'knowledge/projecten/2026-a.md'),
      project('2026-a', 'vervolg_op: [2026-bestaat-niet]\n'),
    );
    const out = tempDir();
    const request = await kwp(
      [
        'validate',
        '--kb',
        root,
        '--changed',
        '--format',
        'json',
        '--output-scope',
        'all',
        '--output',
        'gitlab=cq.json',
      ],
      { cwd: out },
    );
    expect(request.code).toBe(1);
    const json = JSON.parse(request.stdout) as { diagnostics: { file: string; rule: string }[] };
    expect(json.diagnostics.map((d) => `${d.file} ${d.rule}`)).toEqual([
      'knowledge/projecten/2026-a.md unknown-reference',
    ]);
    const cq = JSON.parse(read(out, 'cq.json')) as { location: { path: string } }[];
    expect(cq.map((i) => i.location.path)).toEqual([
      'knowledge/projecten/2026-a.md',
      'knowledge/projecten/2026-e.md',
      'knowledge/projecten/2026-w.md',
    ]);
  });

  it('without --output-scope all the files cover what the run checks, like stdout', async () => {
    const root = repository();
    writeFileSync(join(root, 'knowledge/projecten/2026-a.md'), project('2026-a', 'thema: [duurzaamheid]\n'));
    const out = tempDir();
    const request = await kwp(['validate', '--kb', root, '--changed', '--output', 'gitlab=cq.json'], {
      cwd: out,
    });
    expect(request.code).toBe(0);
    expect(JSON.parse(read(out, 'cq.json'))).toEqual([]);
    // and with paths: --output-scope all reports every file, stdout only the path given
    const paths = await kwp(
      [
        'validate',
        join(root, 'knowledge/projecten/2026-a.md'),
        '--kb',
        root,
        '--format',
        'json',
        '--output-scope',
        'all',
        '--output',
        'json=all.json',
      ],
      { cwd: out },
    );
    expect(paths.code).toBe(0);
    expect((JSON.parse(read(out, 'all.json')) as { errors: number }).errors).toBe(1);
  });
});
