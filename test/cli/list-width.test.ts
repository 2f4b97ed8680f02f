// `kwp list` in a terminal fits its width: ids and titles get fair shares, cut with "…"; into a pipe
// nothing is cut. And `--partner` finds a partner by part of its name, in any case, without accents.
import { describe, expect, it } from 'vitest';
import { fairWidths } from '../../src/render/table.js';
import { foldName, nameMatcher } from '../../src/core/name-match.js';
import { kwp, makeKb, project, REPO } from '../helpers/kb.js';

const kbArgs = ['--kb', REPO];
const LONG_ID = '2024-eenzaamheid-ouderen-oosterpark';
const LONG_TITLE = 'Eenzaamheid onder ouderen in het Oosterpark';

describe('kwp list in a terminal', () => {
  it('fits 80 columns: no line is wider, and ids and titles are cut alike', async () => {
    const { code, stdout } = await kwp(['list', ...kbArgs], { tty: true, columns: 80 });
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
    const row = lines.find((l) => l.startsWith('2024-eenzaamheid'))!;
    const [id, , , , ...title] = row.split(/ {2,}/);
    // Neither column is sacrificed for the other: both keep a fair share, and both show they were cut.
    expect(id).toMatch(/^2024-eenzaamheid.*…$/);
    expect(title.join(' ')).toMatch(/^Eenzaamheid onder.*…$/);
    expect(Math.abs([...id!].length - [...title.join(' ')].length)).toBeLessThanOrEqual(2);
  });

  it('cuts nothing when the terminal is wide enough', async () => {
    const { stdout } = await kwp(['list', ...kbArgs], { tty: true, columns: 200 });
    expect(stdout).toContain(LONG_ID);
    expect(stdout).toContain(LONG_TITLE);
    expect(stdout).not.toContain('…');
  });

  it('cuts nothing into a pipe, whatever the width', async () => {
    const { stdout } = await kwp(['list', ...kbArgs], { tty: false, columns: 40 });
    expect(stdout).not.toContain('…');
    const row = stdout.split('\n').find((l) => l.startsWith(LONG_ID))!;
    expect(row).toMatch(new RegExp(`^${LONG_ID}\\s+afgerond\\s+2024-09-02\\s+Oosterpark\\s+${LONG_TITLE}$`));
  });

  it('keeps every column, at least a character, in a very narrow terminal', async () => {
    const { stdout } = await kwp(['list', 'partners', ...kbArgs], { tty: true, columns: 30 });
    const lines = stdout.trimEnd().split('\n');
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(30);
    expect(lines[1]!.split('  ')).toHaveLength(4);
  });
});

describe('fair column widths', () => {
  it('gives narrow columns what they need and shares the rest', () => {
    expect(fairWidths([10, 40, 50], 100)).toEqual([10, 40, 50]);
    expect(fairWidths([10, 40, 50], 60)).toEqual([10, 25, 25]);
    expect(fairWidths([10, 12, 40, 50], 60)).toEqual([10, 12, 19, 19]);
    expect(fairWidths([5, 5], 4)).toEqual([2, 2]);
    expect(fairWidths([5, 5, 5], 1)).toEqual([1, 1, 1]);
  });
});

describe('kwp list --partner', () => {
  it('finds a partner by part of its name, in any case and without accents', async () => {
    const root = makeKb({
      'knowledge/projecten/2026-twente.md': project(
        '2026-twente',
        'partners:\n  - {naam: Universiteit Twente, groep: onderwijs}\n',
      ),
      'knowledge/projecten/2026-cooperatie.md': project(
        '2026-cooperatie',
        'partners:\n  - {naam: Coöperatie Zuid, groep: ondernemers}\n',
      ),
      'knowledge/projecten/2026-zonder.md': project('2026-zonder'),
    });
    const ids = async (partner: string) =>
      (
        JSON.parse((await kwp(['list', '--kb', root, '--json', '--partner', partner])).stdout) as {
          id: string;
        }[]
      ).map((r) => r.id);
    expect(await ids('twente')).toEqual(['2026-twente']);
    expect(await ids('UNIVERSITEIT twen')).toEqual(['2026-twente']);
    expect(await ids('cooperatie')).toEqual(['2026-cooperatie']);
    expect(await ids('coöp')).toEqual(['2026-cooperatie']);
    expect(await ids('Delft')).toEqual([]);
  });

  it('folds names the same way for every caller', () => {
    expect(foldName('  Coöperatie   Zuid ')).toBe('cooperatie zuid');
    expect(nameMatcher('café x')('Café Één')).toBe(false);
    expect(nameMatcher('cafe een')('Café  Één')).toBe(true);
    expect(nameMatcher('cafe')('Café Één')).toBe(true);
    expect(nameMatcher('')('wat dan ook')).toBe(true);
  });
});
