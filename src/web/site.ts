/// <reference lib="dom" />
// The overview's facets in the browser: each `<select>` of the form with `data-kwp-facets` narrows
// the list with `data-kwp-list` to the projects that have the chosen value (every facet at once). The
// choice lives in the address (`?thema=duurzaamheid&jaar=2025`), so a filtered view can be shared and
// comes back when the address is opened. Each project's item holds, per facet, the positions of its
// values among the select's options (`data-thema="0 3"`), written by the site (src/render/site).
// Bundled by scripts/build.mjs into dist/web/kwp-site.js; a classic script with no inline code, so it
// runs under `script-src 'self'` from disk and served. Without it, the form stays hidden and every
// project is listed.

function connect(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-kwp-facets]');
  const list = document.querySelector<HTMLElement>('[data-kwp-list]');
  const count = document.querySelector<HTMLElement>('[data-kwp-count]');
  if (!form || !list) return;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const items = [...list.children] as HTMLElement[];

  const apply = () => {
    const chosen = selects
      .filter((s) => s.selectedIndex > 0)
      .map((s) => ({ name: s.name, code: String(s.selectedIndex - 1) }));
    let shown = 0;
    for (const item of items) {
      const fits = chosen.every((c) => (item.dataset[c.name] ?? '').split(' ').includes(c.code));
      item.hidden = !fits;
      if (fits) shown++;
    }
    if (count)
      count.textContent = (count.dataset['kwpText'] ?? '{shown} / {total}')
        .replace('{shown}', String(shown))
        .replace('{total}', String(items.length));
  };

  const remember = () => {
    try {
      const url = new URL(location.href);
      for (const s of selects) {
        if (s.selectedIndex > 0) url.searchParams.set(s.name, s.value);
        else url.searchParams.delete(s.name);
      }
      history.replaceState(null, '', url);
    } catch {
      // Some browsers refuse to change a file:// address; the filter works all the same.
    }
  };

  const asked = new URLSearchParams(location.search);
  for (const s of selects) {
    const value = asked.get(s.name);
    if (value === null) continue;
    const i = [...s.options].findIndex((o) => o.value === value);
    s.selectedIndex = i > 0 ? i : 0;
  }
  form.hidden = false;
  form.addEventListener('change', () => {
    remember();
    apply();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('reset', () => {
    // After the form has reset its fields.
    setTimeout(() => {
      remember();
      apply();
    }, 0);
  });
  apply();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', connect);
else connect();
