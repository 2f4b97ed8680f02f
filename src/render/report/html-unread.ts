// The files a report could not read, as HTML: a framed notice right under the title, before the
// contents, so the page and its printout both say that they may be incomplete, and why.
import type { NotRead } from '../../core/unread.js';
import type { Context } from '../html/context.js';
import { markup, type Markup } from '../html/markup.js';

export function unreadNotice(ctx: Context, unread: readonly NotRead[]): Markup {
  if (unread.length === 0) return markup``;
  const items = unread.map(
    (u) =>
      markup`<li>${ctx.m('report.unread.item', {
        file: markup`<code>${u.bestand}</code>`,
        line: u.regel,
        column: u.kolom,
        reason: u.reden,
      })}</li>`,
  );
  return markup`<section class="unread" aria-labelledby="niet-gelezen">
<h2 id="niet-gelezen">${ctx.m('report.unread.title')}</h2>
<p>${ctx.m('report.unread.intro', { count: unread.length })}</p>
<ul>${items}</ul>
</section>
`;
}
