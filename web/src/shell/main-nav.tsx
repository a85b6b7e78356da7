// The header's page links, each shown only to keys whose roles may call the API behind that page.
import type { Me } from '../api/client.ts';
import { useLanguage } from '../i18n/language.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import { Link, useLocation } from '../routing/router.tsx';
import { matchRoute, paths, type Route } from '../routing/routes.ts';
import { mayCall } from './permissions.ts';

type Entry = { readonly label: MessageKey; readonly to: string; readonly route: string; readonly pages: readonly Route['page'][] };

const entries: readonly Entry[] = [
  { label: 'navFindings', to: paths.findings(), route: 'GET /v1/findings', pages: ['findings', 'finding', 'entity'] },
  { label: 'navCases', to: paths.cases(), route: 'GET /v1/cases', pages: ['cases', 'case'] },
  { label: 'navReports', to: paths.reports(), route: 'GET /v1/reports', pages: ['reports', 'report'] },
  { label: 'navFileReport', to: paths.fileReport(), route: 'POST /v1/reports', pages: ['file-report'] },
];

/** The link to `/` names findings, but a key that may not read them is shown its reports there (see app.tsx). */
export function MainNav({ me }: { me: Me }) {
  const { t } = useLanguage();
  const { pathname } = useLocation();
  const page = matchRoute(pathname).page;
  return (
    <nav aria-label="main" className="main-nav">
      {entries
        .filter((entry) => mayCall(me, entry.route))
        .map((entry) => (
          <Link key={entry.label} to={entry.to} {...(entry.pages.includes(page) ? { 'aria-current': 'page' as const } : {})}>
            {t(entry.label)}
          </Link>
        ))}
    </nav>
  );
}
