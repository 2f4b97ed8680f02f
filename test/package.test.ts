// The package as a user gets it: `npm pack`, installed into an empty folder, gives a working `kwp`.
// Needs the npm registry for the dependencies, and `npm run build` first (npm test does it).
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, tempDir } from './helpers/kb.js';

const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_loglevel: 'error' },
  });

describe('the packed package', () => {
  it('holds what a user needs and nothing of the workshop', () => {
    const [pack] = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts'], REPO)) as {
      files: { path: string }[];
    }[];
    const paths = pack!.files.map((f) => f.path);
    expect(paths).toContain('bin/kwp.js');
    expect(paths).toContain('dist/main.js');
    expect(paths).toContain('README.md');
    expect(paths).toContain('LICENSE');
    expect(paths.filter((p) => /^(src|test|knowledge|\.ci)\//.test(p))).toEqual([]);
  });

  it('installs from the tarball into an empty folder and runs', { timeout: 240_000 }, () => {
    const out = tempDir('kwp-pack-');
    // --ignore-scripts: dist/ is already built, and rebuilding it here would race the other tests.
    npm(['pack', '--ignore-scripts', '--pack-destination', out], REPO);
    const tarball = readdirSync(out).find((f) => f.endsWith('.tgz'))!;
    const project = tempDir('kwp-install-');
    writeFileSync(join(project, 'package.json'), '{"name":"werkplaats","version":"1.0.0","private":true}');
    npm(['install', '--no-audit', '--no-fund', join(out, tarball)], project);
    const help = execFileSync(join(project, 'node_modules', '.bin', 'kwp'), ['--help'], { encoding: 'utf8' });
    expect(help).toContain('kwp validate');
    const result = execFileSync(join(project, 'node_modules', '.bin', 'kwp'), ['validate', '--kb', REPO], {
      encoding: 'utf8',
    });
    expect(result).toContain('geen problemen');
    // and globally (into a private prefix, so this machine's global packages stay as they are)
    const prefix = tempDir('kwp-global-');
    npm(['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', join(out, tarball)], project);
    const global = (args: string[]) => execFileSync(join(prefix, 'bin', 'kwp'), args, { encoding: 'utf8' });
    expect(global(['--version']).trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(global(['list', '--kb', REPO])).toContain('2024-hittekaart-rivierenwijk');
  });

  it('installs from a git URL, building itself on the way', { timeout: 240_000 }, () => {
    // npm clones the repository (its committed state), installs its dev dependencies and runs
    // `prepare`, which builds dist/: what `npm install github:…/kwp` does for a user.
    const project = tempDir('kwp-git-');
    writeFileSync(join(project, 'package.json'), '{"name":"werkplaats","version":"1.0.0","private":true}');
    npm(['install', '--no-audit', '--no-fund', `git+file://${REPO}`], project);
    const result = execFileSync(join(project, 'node_modules', '.bin', 'kwp'), ['validate', '--kb', REPO], {
      encoding: 'utf8',
    });
    expect(result).toContain('geen problemen');
  });
});
