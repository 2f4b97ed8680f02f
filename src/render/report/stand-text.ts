// The "as of" line every report carries: the day it was made and, in git, the commit and whether
// the files had changes not yet committed. Plain text; each format escapes it its own way.
import { longDate } from '../../core/format/long-date.js';
import type { Stand } from '../../core/report/stand.js';
import { type Lang, t } from '../../messages/catalogue.js';

export function standText(stand: Stand, lang: Lang): string {
  const datum = longDate(stand.datum, lang);
  if (stand.commit === null) return t(lang, 'report.stand', { datum });
  return t(lang, stand.gewijzigd ? 'report.stand.commit-changed' : 'report.stand.commit', {
    datum,
    commit: stand.commit,
  });
}
