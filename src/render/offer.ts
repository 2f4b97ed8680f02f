// `kwp show <aanbod>` in text: below the offer itself, each period with its dates, intake deadline,
// students, and the room its projects leave.
import type { PeriodUse } from '../core/offer/period-use.js';
import { type Lang, t } from '../messages/catalogue.js';
import { printable } from './printable.js';

export function renderPeriodUses(uses: readonly PeriodUse[], lang: Lang): string {
  if (uses.length === 0) return '';
  const lines = ['', t(lang, 'show.offer.periods')];
  for (const use of uses) {
    const name = use.naam?.trim() ? `${use.naam.trim()}: ` : '';
    const parts = [`${use.start ?? '?'} – ${use.einde ?? '?'}`];
    if (use.intake_tot) parts.push(t(lang, 'show.offer.intake', { date: use.intake_tot }));
    if (use.studenten !== undefined) parts.push(t(lang, 'show.offer.students', { count: use.studenten }));
    lines.push(`  ${use.periode}. ${name}${parts.join(', ')}`);
    lines.push(
      `     ${t(lang, 'show.offer.used', { used: use.projecten.length, capacity: use.vragen, left: use.vrij })}${
        use.projecten.length > use.vragen ? ` (${t(lang, 'show.offer.overbooked')})` : ''
      }${use.projecten.length > 0 ? `: ${use.projecten.join(', ')}` : ''}`,
    );
  }
  return `${lines.map(printable).join('\n')}\n`;
}
