// The names in an HTML report as links to their pages, where the report is read inside the site
// (its report page): a project, question or offer to its record's page, a partner to its own. The
// report on its own (`kwp report --format html`) has no links given and shows the names as text.
import { join, markup, type Markup, type Part } from '../html/markup.js';
import type { ReportLinks, ReportView } from './index.js';

export type LinkKind = 'project' | 'vraag' | 'aanbod';

/** `content` as a link to the page of record `id`, or as it is when that has no page. */
export function linkTo(view: ReportView, kind: LinkKind, id: string, content: Part): Markup {
  const href = view.links?.record(kind, id);
  return href === undefined ? markup`${content}` : markup`<a href="${href}">${content}</a>`;
}

/** A partner's name as a link to its page, or as text. */
export function partnerLink(view: ReportView, name: string): Markup {
  const href = view.links?.partner(name);
  return href === undefined ? markup`${name}` : markup`<a href="${href}">${name}</a>`;
}

/** Partners' names, each linked where it can be, separated by commas. */
export function partnerList(view: ReportView, names: readonly string[]): Markup {
  return join(
    names.map((n) => partnerLink(view, n)),
    ', ',
  );
}

export type { ReportLinks };
