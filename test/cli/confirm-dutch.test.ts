// The yes/no prompt reads Dutch answers: inquirer's own confirm took `j` as the default, which made
// "j" mean no where kwp proposes no (the question whether a project builds on an earlier one).
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { confirmPrompt, readYesNo } from '../../src/cli/prompt/confirm.js';

async function answer(typed: string, fallback: boolean): Promise<{ value: boolean; shown: string }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = '';
  output.on('data', (chunk: Buffer) => (shown += chunk.toString()));
  const asked = confirmPrompt(
    { message: 'Verder?', default: fallback, transformer: (yes) => (yes ? 'Ja' : 'Nee') },
    { input, output },
  );
  input.write(`${typed}\r`);
  return { value: await asked, shown };
}

describe('the yes/no question', () => {
  it('reads j, ja, y, yes as yes and n, nee, no as no, in any case; anything else is the default', () => {
    for (const yes of ['j', 'J', 'ja', 'Ja', 'y', 'YES', ' ja ']) {
      expect(readYesNo(yes, false)).toBe(true);
    }
    for (const no of ['n', 'N', 'nee', 'Nee', 'no']) expect(readYesNo(no, true)).toBe(false);
    expect(readYesNo('', true)).toBe(true);
    expect(readYesNo('', false)).toBe(false);
    expect(readYesNo('misschien', false)).toBe(false);
    expect(readYesNo('jawel', false)).toBe(false);
  });

  it('typing j where no is proposed answers yes, through the real prompt', async () => {
    const { value, shown } = await answer('j', false);
    expect(value).toBe(true);
    expect(shown).toContain('Ja');
    expect((await answer('nee', true)).value).toBe(false);
    expect((await answer('', true)).value).toBe(true);
  });
});
