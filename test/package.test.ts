// The package as a user gets it, by each route the README's "Installing kwp" offers, and only those:
// a packed file installed globally, a clone made a command with `npm link`, and (in
// test/init/ci-install.test.ts) a werkplaats that installs the pinned version or the packed file.
// `npm publish --dry-run` is clean. Needs `npm run build` first (npm test does it); no network: kwp
// has no runtime dependencies, and npm is pointed at an address where nothing answers.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, tempDir } from './helpers/kb.js';
import { PROCESS_GUARD_MS } from './helpers/hang-guard.js';

const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { name: string; version: string };
/** The file `npm pack` makes: `@scope/name` becomes `scope-name`. */
const TARBALL = `${pkg.name.replace(/^@/, '').replace('/', '-')}-${pkg.version}.tgz`;

/** npm without the network: a registry address where nothing answers, a config of its own. */
function npm(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const home = tempDir('kwp-npm-home-');
  writeFileSync(join(home, '.npmrc'), '//127.0.0.1:9/:_authToken=test-only\n');
  return execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env['PATH'],
      HOME: home,
      npm_config_userconfig: join(home, '.npmrc'),
      npm_config_cache: join(home, 'cache'),
      npm_config_registry: 'http://127.0.0.1:9/',
      npm_config_update_notifier: 'false',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      ...env,
    },
  });
}

function packed(): string {
  const out = tempDir('kwp-pack-');
  // --ignore-scripts: dist/ is already built, and rebuilding it here would race the other tests.
  npm(['pack', '--ignore-scripts', '--pack-destination', out], REPO);
  expect(readdirSync(out)).toEqual([TARBALL]);
  return join(out, TARBALL);
}

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

  it('publishes cleanly: npm publish --dry-run warns of nothing, public, under the name in package.json', () => {
    const home = tempDir('kwp-publish-');
    // a token for the address npm is pointed at, so that the dry run has nothing to say about logging in
    writeFileSync(join(home, '.npmrc'), '//127.0.0.1:9/:_authToken=test-only\n');
    const run = spawnSync('npm', ['publish', '--dry-run', '--ignore-scripts', '--json'], {
      cwd: REPO,
      encoding: 'utf8',
      timeout: PROCESS_GUARD_MS,
      env: {
        PATH: process.env['PATH'],
        HOME: home,
        npm_config_userconfig: join(home, '.npmrc'),
        npm_config_registry: 'http://127.0.0.1:9/',
        npm_config_update_notifier: 'false',
        npm_config_fetch_retries: '0',
      },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/npm warn/i);
    expect(run.stderr).toContain('public access');
    const published = JSON.parse(run.stdout) as Record<
      string,
      { name: string; version: string; filename: string }
    >;
    expect(published[pkg.name]).toMatchObject({ name: pkg.name, version: pkg.version, filename: TARBALL });
  });

  it('installs globally from the packed file, and --version says the version in package.json', () => {
    const tarball = packed();
    const prefix = tempDir('kwp-global-');
    npm(['install', '--global', '--prefix', prefix, tarball], tempDir());
    const kwp = (args: string[]) => execFileSync(join(prefix, 'bin', 'kwp'), args, { encoding: 'utf8' });
    expect(kwp(['--version']).trim()).toBe(pkg.version);
    expect(kwp(['validate', '--kb', REPO])).toContain('geen problemen');
    expect(kwp(['list', '--kb', REPO])).toContain('2024-hittekaart-rivierenwijk');
  });

  it('becomes the command kwp from a clone with npm link', () => {
    const prefix = tempDir('kwp-link-');
    npm(['link', '--ignore-scripts'], REPO, { npm_config_prefix: prefix });
    const kwp = (args: string[]) => execFileSync(join(prefix, 'bin', 'kwp'), args, { encoding: 'utf8' });
    expect(kwp(['--version']).trim()).toBe(pkg.version);
    expect(kwp(['validate', '--kb', REPO])).toContain('geen problemen');
  });
});

describe("the README's Installing kwp", () => {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const section = readme.slice(
    readme.indexOf('\n## Installing kwp\n'),
    readme.indexOf('\n## Starting a werkplaats'),
  );
  const commands = [...section.matchAll(/```sh\n([\s\S]*?)```/g)]
    .flatMap((m) => m[1]!.split('\n'))
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#'));

  it('offers only the routes tested here, with the name, file and version package.json gives', () => {
    expect(commands).toEqual([
      'git clone <address of this repository> kwp && cd kwp',
      'npm install',
      'npm link',
      'kwp --version',
      `npm install -g ./${TARBALL}`,
      `npm install --save-dev --save-exact ./${TARBALL}`,
    ]);
    expect(section).toContain(`kwp --version                # ${pkg.version},`);
    expect(section).toContain(`npm install -g ${pkg.name}\``);
    expect(section).toContain(`**\`${pkg.name}\`**`);
  });
});
