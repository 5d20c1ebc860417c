// The sidebar page: reads the view the menu asked for (the okrSheetsView global set by a script
// the server puts at the top of the page, src/server/ui.ts pageWithView), fetches the state from
// the server, and draws that view with a small nav to the others.
import { Status, VIEWS, type App, type ViewName } from './app';
import { h, replace } from './dom';
import { run } from './rpc';
import { STRINGS, useLanguage } from './strings';
import { adoptView } from './views/adopt';
import { checkInView } from './views/checkIn';
import { newQuarterView } from './views/newQuarter';
import { settingsView } from './views/settings';
import { validateView } from './views/validate';

const RENDER: Record<ViewName, (app: App, root: HTMLElement) => void> = {
  newQuarter: newQuarterView,
  adopt: adoptView,
  validate: validateView,
  checkIn: checkInView,
  settings: settingsView,
};

function initialView(): ViewName {
  const asked = (window as unknown as { okrSheetsView?: unknown }).okrSheetsView as ViewName | undefined;
  return asked && VIEWS.includes(asked) ? asked : 'validate';
}

async function start(): Promise<void> {
  const main = document.getElementById('app')!;
  const nav = document.getElementById('nav')!;
  const region = document.getElementById('status')!;
  const status = new Status(region, STRINGS.en);
  let current: ViewName = initialView();

  const app = {
    status,
    t: STRINGS.en,
    go(view: ViewName) {
      current = view;
      document.documentElement.dataset.view = view;
      status.clear();
      drawNav();
      RENDER[view](app as App, main);
    },
    async reload(view?: ViewName) {
      const state = await status.busy(() => run('sidebarState'));
      if (!state) return;
      applyState(state);
      app.go(view ?? current);
    },
  } as App;

  function applyState(state: App['state']): void {
    app.state = state;
    app.t = STRINGS[state.language] ?? STRINGS.en;
    status.setStrings(app.t);
    useLanguage(state.language);
    document.documentElement.lang = state.language;
    document.documentElement.dir = state.dir;
    document.title = app.t.app;
  }

  function drawNav(): void {
    nav.setAttribute('aria-label', app.t.navLabel);
    const list = h('ul', {});
    for (const view of VIEWS) {
      const link = h('button', { type: 'button', class: 'tab', onclick: () => app.go(view) }, app.t.nav[view]);
      if (view === current) link.setAttribute('aria-current', 'page');
      list.append(h('li', {}, link));
    }
    // Refresh progress, from every view: the tabs of the OKR sheet the user is on.
    const refresh = h('button', { type: 'button', class: 'tab refresh' }, app.t.refresh) as HTMLButtonElement;
    refresh.addEventListener('click', async () => {
      const done = await status.busy(() => run('sidebarRefresh', {}), [refresh]);
      if (done) status.show(done.message, 'success');
    });
    list.append(h('li', {}, refresh));
    replace(nav, list);
  }

  replace(main, h('p', { class: 'secondary' }, STRINGS.en.loading));
  try {
    applyState(await run('sidebarState'));
  } catch (err) {
    replace(main);
    status.error(err);
    return;
  }
  app.go(current);
}

void start();
