// kwp remove in a real terminal (the real binary under util-linux `script`): it asks in Dutch, keep by
// default; Enter keeps the file, the second choice deletes it.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/kb.js';
import { assertBuilt, exampleKb, snapshot } from '../new/helpers.js';
import { KEY, scriptCommand, Terminal } from '../new/terminal.js';
import { changes, questionPath } from '../cycle/helpers.js';

const script = scriptCommand();
const open: Terminal[] = [];
afterEach(() => {
  for (const terminal of open.splice(0)) terminal.kill();
});

const kwpTerminal = (args: string[]) => {
  const terminal = new Terminal([process.execPath, BIN, ...args], { NO_COLOR: '1' });
  open.push(terminal);
  return terminal;
};

const ID = 'jonge-mantelzorgers-hooilanden';

describe.skipIf(!script)('kwp remove asks in a real terminal', () => {
  beforeAll(() => assertBuilt());

  it('Enter (Nee, laten staan: the default) keeps the file', async () => {
    const root = exampleKb();
    const before = snapshot(root);
    const t = kwpTerminal(['remove', ID, '--kb', root]);
    await t.answer(new RegExp(`${questionPath(ID)} verwijderen\\?[\\s\\S]*❯ Nee, laten staan`), KEY.enter);
    await t.waitFor('er is niets geschreven');
    expect(await t.ended()).toBe(0);
    expect(changes(before, snapshot(root))).toEqual({ added: [], removed: [], changed: [] });
  });

  it('Ja, verwijderen deletes it', async () => {
    const root = exampleKb();
    const before = snapshot(root);
    const t = kwpTerminal(['remove', ID, '--kb', root]);
    await t.answer(/verwijderen\?[\s\S]*❯ Nee, laten staan/, `${KEY.down}${KEY.enter}`);
    await t.waitFor(`Verwijderd: ${questionPath(ID)}`);
    expect(await t.ended()).toBe(0);
    expect(changes(before, snapshot(root))).toEqual({ added: [], removed: [questionPath(ID)], changed: [] });
  });
});
