// The baseline: read every file of a knowledge base and parse its frontmatter with js-yaml, nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';

const root = process.argv[2];
let parsed = 0;
for (const folder of ['projecten', 'kennisvragen', 'partners']) {
  const dir = join(root, 'knowledge', folder);
  for (const name of readdirSync(dir)) {
    const text = readFileSync(join(dir, name), 'utf8');
    const end = text.indexOf('\n---', 3);
    if (load(text.slice(4, end), { schema: CORE_SCHEMA })) parsed++;
  }
}
process.stdout.write(`${parsed}\n`);
