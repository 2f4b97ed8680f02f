// Writes that cannot happen: a read-only folder, a full disk, a file where the folder should be, a
// target that already exists. Each time: a clear message, exit 2, and nothing half-written — no
// partial file and no temporary file left behind (hidden files included).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handOver, isRoot, NOBODY } from '../helpers/users.js';
import { createRecord } from '../../src/store/records.js';
import { createFile, FileExistsError } from '../../src/store/write-file.js';
import { BIN, kwp, project, tempDir } from '../helpers/kb.js';
import { assertBuilt, exampleKb, expectValid, ls, newProject, P, snapshot } from './helpers.js';
import { PROCESS_GUARD_MS } from '../helpers/hang-guard.js';

/** Whether this user is stopped by a folder without write permission (root is not). */
function permissionsApply(): boolean {
  const dir = tempDir();
  chmodSync(dir, 0o555);
  try {
    writeFileSync(join(dir, 'probe'), '');
    return false;
  } catch {
    return true;
  } finally {
    chmodSync(dir, 0o755);
  }
}

describe('a read-only folder', () => {
  const expectRefused = (
    result: { code: number; stdout: string; stderr: string },
    root: string,
    before: Map<string, string>,
  ) => {
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('knowledge/projecten/');
    expect(result.stderr).toContain('geen schrijfrechten');
    expect(result.stderr).toContain('niets (half) geschreven');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    chmodSync(join(root, P), 0o755);
    expect(snapshot(root)).toEqual(before);
    expect(ls(join(root, P)).filter((n) => n.startsWith('.'))).toEqual([]);
  };

  it.skipIf(!permissionsApply())(
    'in-process, as a user that permissions stop: exit 2, nothing written',
    async () => {
      const root = exampleKb();
      const before = snapshot(root);
      chmodSync(join(root, P), 0o555);
      expectRefused(await kwp(newProject(root, 'Alleen lezen')), root, before);
    },
  );

  // Root writes into a 0o555 folder all the same, so chmod proves nothing there. As root, the real
  // binary runs as `nobody` instead, in a knowledge base that belongs to nobody except for the one
  // read-only folder: the refusal then comes from the permissions, as it would for a person.
  it.skipIf(!isRoot)('as root: the real binary, run as nobody, against a 0o555 folder', () => {
    assertBuilt();
    const root = exampleKb();
    const before = snapshot(root);
    handOver(root, NOBODY);
    chmodSync(root, 0o755);
    chmodSync(join(root, P), 0o555);
    const result = spawnSync(process.execPath, [BIN, ...newProject(root, 'Alleen lezen')], {
      uid: NOBODY,
      gid: NOBODY,
      cwd: root,
      env: { PATH: process.env['PATH'], HOME: root },
      encoding: 'utf8',
      timeout: PROCESS_GUARD_MS,
    });
    expectRefused({ code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }, root, before);
  });
});

describe('a full disk', () => {
  // There is no tiny file system to fill here (mounting one needs privileges a test should not
  // use), so the disk "fills up" through the file size limit (ulimit -f, in 1024-byte blocks) of
  // the real binary's process: the kernel then cuts writes short and fails them with EFBIG, exactly
  // the way ENOSPC cuts a write short when the disk fills up halfway through a file.
  const run = (root: string, limitBlocks: number, extra: string[]) => {
    assertBuilt();
    const command = `ulimit -f ${limitBlocks} && exec "$0" "$@"`;
    return spawnSync(
      'bash',
      ['-c', command, process.execPath, BIN, ...newProject(root, 'Volle schijf', extra)],
      {
        env: { PATH: process.env['PATH'] },
        encoding: 'utf8',
        timeout: PROCESS_GUARD_MS,
      },
    );
  };

  it.each([
    ['no room at all', 0, []],
    // Room for the first kilobyte only: before the fix, that kilobyte was linked into place as if it were
    // the whole file, frontmatter complete and the body cut off — a half-written file that validated.
    ['room for part of the file', 1, ['--content', 'Een lange inhoud. '.repeat(300)]],
  ])('%s: exit 2, a clear message, no partial or temporary file', async (_, limit, extra) => {
    const root = exampleKb();
    const before = snapshot(root);
    const result = run(root, limit as number, extra as string[]);
    expect(result.stderr).toContain('de schijf is vol');
    expect(result.stderr).toContain(`${P}/`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.status).toBe(2);
    expect(ls(join(root, P)).filter((n) => n.startsWith('.') || n.includes('volle'))).toEqual([]);
    expect(snapshot(root)).toEqual(before);
    await expectValid(root);
  });

  it('a file where the projects folder should be: exit 2, the file untouched', async () => {
    const root = exampleKb();
    rmSync(join(root, P), { recursive: true });
    writeFileSync(join(root, P), 'geen map\n');
    const before = snapshot(root);
    const { code, stderr } = await kwp(newProject(root, 'Nergens heen'));
    expect(code).toBe(2);
    expect(stderr).toContain('knowledge/projecten');
    expect(stderr).toContain('een bestand waar een map hoort');
    expect(snapshot(root)).toEqual(before);
    expect(statSync(join(root, P)).isFile()).toBe(true);
  });

  it('a projects folder that does not exist yet is made', async () => {
    const root = exampleKb();
    rmSync(join(root, P), { recursive: true });
    const { code, stdout } = await kwp(newProject(root, 'Eerste project'));
    expect(code).toBe(0);
    expect(ls(join(root, P))).toEqual([stdout.trim().split('/').pop()]);
  });
});

describe('a target that already exists', () => {
  it('createFile never overwrites, and leaves no temporary file', () => {
    const dir = tempDir();
    const target = join(dir, 'bestaat.md');
    writeFileSync(target, 'van iemand anders\n');
    expect(() => createFile(target, 'nieuw\n')).toThrow(FileExistsError);
    expect(readFileSync(target, 'utf8')).toBe('van iemand anders\n');
    expect(readdirSync(dir)).toEqual(['bestaat.md']);
    createFile(join(dir, 'nieuw.md'), 'nieuw\n');
    expect(readFileSync(join(dir, 'nieuw.md'), 'utf8')).toBe('nieuw\n');
    expect(readdirSync(dir).sort()).toEqual(['bestaat.md', 'nieuw.md']);
  });

  it('createRecord skips a file that appeared after the knowledge base was read', () => {
    const root = tempDir();
    mkdirSync(join(root, P), { recursive: true });
    writeFileSync(join(root, P, '2026-x.md'), 'eerder\n');
    const created = createRecord(root, 'project', '2026-x', new Set(), (id) => `id: ${id}\n`);
    expect(created).toMatchObject({ id: '2026-x-2', path: `${P}/2026-x-2.md` });
    expect(readFileSync(join(root, P, '2026-x.md'), 'utf8')).toBe('eerder\n');
    expect(readFileSync(join(root, P, '2026-x-2.md'), 'utf8')).toBe('id: 2026-x-2\n');
    expect(readdirSync(join(root, P)).sort()).toEqual(['2026-x-2.md', '2026-x.md']);
  });

  it('the command picks -2 when a file with the id is already there', async () => {
    const root = exampleKb();
    const own = project('2026-bestaand-project').replace('CDKM Test', 'CDKM Rivelde');
    writeFileSync(join(root, P, '2026-bestaand-project.md'), own);
    const { code, stdout } = await kwp(newProject(root, 'Bestaand project', ['--start', '2026-10-01']));
    expect(code).toBe(0);
    expect(stdout).toBe(`${P}/2026-bestaand-project-2.md\n`);
    expect(readFileSync(join(root, P, '2026-bestaand-project.md'), 'utf8')).toBe(own);
    await expectValid(root);
  });
});
