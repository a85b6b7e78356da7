// The console: header (brand, latest run, language) and the page the URL names.
import { useEffect, useRef } from 'react';
import { CasePage } from '../cases/case-page.tsx';
import { CasesPage } from '../cases/cases-page.tsx';
import { EntityPage } from '../entity/entity-page.tsx';
import { FindingPage } from '../finding/finding-page.tsx';
import { FindingsPage } from '../findings/findings-page.tsx';
import { LanguageProvider, useLanguage } from '../i18n/language.tsx';
import { FileReportPage } from '../reports/file-report-page.tsx';
import { ReportPage } from '../reports/report-page.tsx';
import { ReportsPage } from '../reports/reports-page.tsx';
import { Link, useLocation } from '../routing/router.tsx';
import { matchRoute, paths } from '../routing/routes.ts';
import { canRunDetection, KeyGate, KeyGateView, SignedIn, useMe } from './key-gate.tsx';
import { MainNav } from './main-nav.tsx';
import { mayCall } from './permissions.ts';
import { RefreshProvider } from './refresh.tsx';
import { RunStatus } from './run-status.tsx';

function LanguageToggle() {
  const { t, language, setLanguage } = useLanguage();
  return (
    <button
      type="button"
      className="language-toggle"
      lang={language === 'zh' ? 'en' : 'zh-CN'}
      aria-label={t('switchLanguage')}
      title={t('switchLanguage')}
      onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}
    >
      {t('otherLanguage')}
    </button>
  );
}

/** After moving to another page, focus goes to the content so keyboard and screen-reader users start there, not in the header. */
function useFocusOnPageChange(pathname: string): void {
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);
}

function Page() {
  const { t } = useLanguage();
  const { pathname, search } = useLocation();
  const me = useMe();
  useFocusOnPageChange(pathname);
  const route = matchRoute(pathname);
  switch (route.page) {
    case 'findings':
      // A consumer's key may not read findings: its home page is its own reports.
      return mayCall(me, 'GET /v1/findings') ? <FindingsPage search={search} /> : <ReportsPage />;
    case 'finding':
      return <FindingPage key={route.id} id={route.id} />;
    case 'entity':
      return <EntityPage key={`${route.entityType}:${route.entityId}`} entityType={route.entityType} entityId={route.entityId} />;
    case 'file-report':
      return <FileReportPage />;
    case 'reports':
      return <ReportsPage />;
    case 'report':
      return <ReportPage key={route.id} id={route.id} />;
    case 'cases':
      return <CasesPage search={search} />;
    case 'case':
      return <CasePage key={route.id} id={route.id} />;
    case 'not-found':
      return (
        <>
          <h1>{t('notFound')}</h1>
          <Link to={paths.findings()}>{t('goHome')}</Link>
        </>
      );
  }
}

function Shell() {
  const { t } = useLanguage();
  const me = useMe();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="top">
        <Link to={paths.findings()} className="brand">
          <span className="brand-mark">守门</span>
          <span className="brand-text">{t('appTagline')}</span>
        </Link>
        {me ? (
          <>
            <MainNav me={me} />
            {mayCall(me, 'GET /v1/analysis/runs/latest') ? <RunStatus canRun={canRunDetection(me)} /> : <span className="header-gap" />}
            <SignedIn />
          </>
        ) : null}
        <LanguageToggle />
      </header>
      <main id="main" tabIndex={-1}>
        {me ? <Page /> : <KeyGateView />}
      </main>
    </>
  );
}

export function App() {
  return (
    <LanguageProvider>
      <KeyGate>
        <RefreshProvider>
          <Shell />
        </RefreshProvider>
      </KeyGate>
    </LanguageProvider>
  );
}
