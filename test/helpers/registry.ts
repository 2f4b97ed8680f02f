// A tiny npm registry on 127.0.0.1 for tests: it serves one package, a tarball packed from this
// repository, the way registry.npmjs.org does (a packument, then the tarball), and can refuse in the
// ways a real registry or a man in the middle does: 403, 404, 500, or bytes that are not the ones
// the integrity says.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { REPO, tempDir } from './kb.js';

/**
 * `ok`: as a registry. `403`, `404`, `500`: every request answered so. `wrong-integrity`: the
 * packument's integrity is not that of the tarball. `tampered`: other bytes, with a packument that
 * vouches for them (what a compromised registry serves; only a lockfile can tell).
 */
export type RegistryMode = 'ok' | '403' | '404' | '500' | 'wrong-integrity' | 'tampered';

export interface TestRegistry {
  url: string;
  name: string;
  version: string;
  mode: RegistryMode;
  /** Every path asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** `npm pack` of this repository (dist/ as built: run `npm run build` first), as bytes. */
export function packThisKwp(): Buffer {
  const out = tempDir('kwp-pack-');
  // --ignore-scripts: dist/ is already built, and rebuilding it here would race other tests.
  execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', out], {
    cwd: REPO,
    stdio: 'ignore',
    env: { ...process.env, npm_config_loglevel: 'error' },
  });
  return readFileSync(
    join(
      out,
      readdirSync(out).find((f) => f.endsWith('.tgz'))!,
    ),
  );
}

const integrity = (bytes: Buffer) => `sha512-${createHash('sha512').update(bytes).digest('base64')}`;

export async function startRegistry(tarball: Buffer): Promise<TestRegistry> {
  const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as Record<string, unknown> & {
    name: string;
    version: string;
  };
  const { name, version } = manifest;
  const file = `${name.split('/').pop()}-${version}.tgz`;
  // Other bytes that are still a gzip stream: the same tarball, its gzip header's time changed.
  const tampered = Buffer.from(tarball);
  tampered[4] = (tampered[4]! + 1) % 256;
  const registry: TestRegistry = {
    url: '',
    name,
    version,
    mode: 'ok',
    requests: [],
    close: () => new Promise((done) => server.close(() => done())),
  };
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(request.url ?? '');
    registry.requests.push(path);
    const mode = registry.mode;
    if (mode === '403' || mode === '404' || mode === '500') {
      response.writeHead(Number(mode), { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: `refused (${mode})` }));
      return;
    }
    const served = mode === 'tampered' ? tampered : tarball;
    if (path === `/${name}`) {
      const dist = {
        tarball: `${registry.url}/${name}/-/${file}`,
        integrity: integrity(mode === 'wrong-integrity' ? tampered : served),
        shasum: createHash('sha1').update(served).digest('hex'),
      };
      // what a registry publishes of a manifest: not the development-only parts
      const published = { ...manifest };
      delete published['devDependencies'];
      delete published['scripts'];
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          name,
          'dist-tags': { latest: version },
          versions: { [version]: { ...published, dist } },
        }),
      );
    } else if (path === `/${name}/-/${file}`) {
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      response.end(served);
    } else {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end('{"error":"not found"}');
    }
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  registry.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return registry;
}

/**
 * The environment npm gets in these tests: the test registry, a cache of its own (a fresh runner),
 * no retries, and every other host behind a proxy that does not exist, so that nothing reaches
 * beyond 127.0.0.1.
 */
export function npmEnv(registry: TestRegistry, home: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env['PATH'],
    HOME: home,
    npm_config_registry: `${registry.url}/`,
    npm_config_cache: join(home, '.npm-cache'),
    npm_config_userconfig: join(home, '.npmrc'),
    npm_config_update_notifier: 'false',
    npm_config_fetch_retries: '0',
    npm_config_proxy: 'http://127.0.0.1:9',
    npm_config_https_proxy: 'http://127.0.0.1:9',
    npm_config_noproxy: '127.0.0.1',
    npm_config_loglevel: 'error',
  };
}
