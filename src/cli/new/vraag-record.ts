// A question for the register as a record to create: used by `kwp new vraag` and by `kwp evaluate`
// for the new questions an evaluation raises.
import { baseId } from '../../core/scaffold/slug.js';
import { renderTemplate, type TemplateValues } from '../../core/scaffold/template.js';
import { readTemplate } from '../../store/templates.js';
import type { NewRecord } from './create.js';

export function vraagRecord(root: string, values: TemplateValues, taken: ReadonlySet<string>): NewRecord {
  return {
    kind: 'vraag',
    base: baseId(undefined, typeof values['vraag'] === 'string' ? values['vraag'] : '', 'vraag'),
    taken,
    render: (id) => renderTemplate(readTemplate('vraag', root).text, { ...values, id }),
    commitMessage: (id) => `kwp new vraag: ${id}`,
  };
}
