// `kwp site [--out <dir>] [--public]`: the knowledge base as a static website (render/site), written
// into a fresh folder that then takes the place of the old site (store/site-folder.ts).
import { relative, resolve, sep } from 'node:path';
import { EXIT, KwpError } from '../../errors.js';
import { notRead } from '../../core/unread.js';
import { formatMessage, t } from '../../messages/catalogue.js';
import { chooseLang, type GlobalOptions, kbRoot } from '../context.js';
import { type Io, progress } from '../io.js';
import { openKnowledgeBase, werkplaatsFile } from '../open-kb.js';

export interface SiteOptions extends GlobalOptions {
  out?: string;
  public?: boolean;
}

export async function siteCommand(io: Io, options: SiteOptions): Promise<number> {
  const root = kbRoot(io, options);
  const target = options.out === undefined ? resolve(root, 'site') : resolve(io.cwd, options.out);
  const shown = options.out ?? (relative(io.cwd, target) || '.');
  const { SITE_MARKER, buildSite } = await import('../../render/site/build.js');
  const { siteTarget, siteWriter } = await import('../../store/site-folder.js');
  const knowledge = resolve(root, 'knowledge');
  if (target === knowledge || target.startsWith(knowledge + sep) || knowledge.startsWith(target + sep))
    throw new KwpError('site.out-in-knowledge', { dir: shown });
  const state = siteTarget(target, SITE_MARKER);
  if (state === 'file') throw new KwpError('site.out-is-file', { dir: shown });
  if (state === 'foreign') throw new KwpError('site.not-a-site', { dir: shown, marker: SITE_MARKER });
  const { siteScripts } = await import('../../store/site-scripts.js');
  const { siteIndexFiles } = await import('../../store/site-index.js');
  const scripts = siteScripts(io.env);

  const note = progress(io);
  note.show(t(chooseLang(io, options), 'site.progress.reading'));
  const { commitDate, commitState } = await import('../../store/git-state.js');
  const stand = Promise.all([commitDate(root), commitState(root)]);
  stand.catch(() => {});
  try {
    // --public needs every record: the people to leave out are found in all of them, so a file that
    // cannot be read may hold a name that would then be shown.
    const started = performance.now();
    const { kb, lang, unread } = await openKnowledgeBase(note.io, options, {
      files: (kb) => (options.public ? [...werkplaatsFile(kb), ...kb.entries] : []),
    });
    const read = performance.now() - started;
    const [datum, commit] = await stand;
    const writer = siteWriter(target);
    let summary;
    let finish = 0;
    try {
      summary = await buildSite(
        {
          kb,
          lang,
          public: Boolean(options.public),
          stand: { datum, ...commit },
          scripts,
          unread: notRead(unread, (m) => formatMessage(lang, m)),
          indexFiles: (documents) => siteIndexFiles(documents, io.env),
        },
        (file) => writer.write(file.path, file.text),
        (step, done, total) =>
          note.show(t(lang, `site.progress.${step}`, { done: String(done), total: String(total) })),
      );
      note.show(t(lang, 'site.progress.writing'));
      const writing = performance.now();
      await writer.finish();
      finish = performance.now() - writing;
    } catch (e) {
      await writer.abandon();
      throw e;
    }
    note.done();
    if (io.env['KWP_SITE_TIMINGS'] === '1')
      io.err(
        `${t(lang, 'site.timings', {
          timings: Object.entries({ read, ...summary.timings, finish })
            .map(([k, v]) => `${k} ${Math.round(v)}`)
            .join(', '),
        })}\n`,
      );
    const index = `${shown.replace(/[\\/]$/, '')}/index.html`;
    io.out(`${t(lang, 'site.written', { dir: shown, pages: summary.pages, index })}\n`);
  } finally {
    note.done();
  }
  return EXIT.ok;
}
