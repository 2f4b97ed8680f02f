// `kwp edit <aanbod>`: from flags, byte for byte beside what changes; flags of other kinds and a
// terminal without flags (an offer's questions come with `kwp new aanbod`) stop with exit 2, writing nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakePrompter } from '../helpers/fake-prompter.js';
import { kwp, makeKb } from '../helpers/kb.js';

const PATH = 'knowledge/aanbod/stage-zorg.md';
const OFFER = `---
id: stage-zorg
titel: Stage Zorg en Welzijn
instelling: ROC Test   # de school
niveau: mbo
thema: [armoede]
periodes:
  - {start: 2026-09-01, einde: 2027-01-29}
---

Twintig weken stage.
`;

function kb(): string {
  return makeKb({
    'knowledge/partners/roc-test.md':
      '---\nid: roc-test\nnaam: ROC Test\ngroep: onderwijs\nniveau: mbo\n---\n',
    [PATH]: OFFER,
  });
}

describe('kwp edit <aanbod>', () => {
  it('changes status, form and themes from flags, and nothing else', async () => {
    const root = kb();
    const { code, stdout } = await kwp([
      'edit',
      '--kb',
      root,
      'stage-zorg',
      '--status',
      'vol',
      '--form',
      'stage',
      '--add-theme',
      'IT',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('gewijzigd: status, vorm, thema');
    const text = readFileSync(join(root, PATH), 'utf8');
    expect(text).toContain('instelling: ROC Test   # de school\n');
    expect(text).toContain('thema: [armoede, IT]\n');
    expect(text).toMatch(/^status: vol$/m);
    expect(text).toMatch(/^vorm: stage$/m);
    expect(text.endsWith('\nTwintig weken stage.\n')).toBe(true);
    expect((await kwp(['validate', '--kb', root])).code).toBe(0);
  });

  it('refuses a form or status an offer cannot have, and a flag of another kind (exit 2, nothing written)', async () => {
    const root = kb();
    const cases: [string[], string][] = [
      [['--form', 'cursus'], 'Toegestaan: vak, project, minor, stage, afstuderen, challenge, onderzoek.'],
      [['--status', 'lopend'], 'Toegestaan: open, vol, gestopt.'],
      [['--lead', 'Eva <eva@example.org>'], '--lead hoort niet bij een onderwijsaanbod'],
    ];
    for (const [flags, said] of cases) {
      const { code, stderr } = await kwp(['edit', '--kb', root, 'stage-zorg', ...flags]);
      expect(code, flags.join(' ')).toBe(2);
      expect(stderr).toContain(said);
      expect(readFileSync(join(root, PATH), 'utf8')).toBe(OFFER);
    }
  });

  it('in a terminal without flags, says to use flags (exit 2), asking and writing nothing', async () => {
    const root = kb();
    const prompter = fakePrompter([]);
    const { code, stderr } = await kwp(['edit', '--kb', root, 'stage-zorg'], { tty: true, prompter });
    expect(code).toBe(2);
    expect(stderr).toContain('Voor onderwijsaanbod stelt kwp edit nog geen vragen');
    expect(prompter.asked).toEqual([]);
    expect(readFileSync(join(root, PATH), 'utf8')).toBe(OFFER);
  });
});
