import { render, type RenderResult } from '@testing-library/react';
import { type ReactElement, type ReactNode, useMemo, useRef, useState } from 'react';
import { DashboardContext, type DashboardEnv, type Notice } from '@/components/dashboard/context';
import { NoticeArea } from '@/components/dashboard/Notices';
import { translator, type Locale } from '@/lib/i18n';

/** What a piece of the dashboard may use when rendered on its own. */
type PieceEnv = Pick<DashboardEnv, 'locale' | 't' | 'notify' | 'fail'>;

/**
 * Renders one piece of the dashboard on its own, in the language given, with the dashboard's
 * notice area (a failure shows its message). Only translation and notices are there: a piece
 * that reaches for the database or the background is tested inside <Dashboard>.
 */
export function renderDashboardPiece(ui: ReactElement, locale: Locale = 'en'): RenderResult {
  // As a wrapper, so that `rerender` keeps the piece inside it.
  return render(ui, {
    wrapper: ({ children }) => <PieceProvider locale={locale}>{children}</PieceProvider>,
  });
}

function PieceProvider(props: { locale: Locale; children: ReactNode }) {
  const { locale } = props;
  const [notice, setNotice] = useState<Notice | null>(null);
  const counter = useRef(0);
  const env = useMemo<PieceEnv>(() => {
    const show = (kind: Notice['kind'], text: string, action?: Notice['action']) => {
      counter.current += 1;
      setNotice({ id: counter.current, kind, text, ...(action ? { action } : {}) });
    };
    return {
      locale,
      t: translator(locale),
      notify: (text, action) => show('status', text, action),
      fail: (error, what) => {
        const reason = error instanceof Error ? error.message : String(error);
        show('error', what ? `${what} ${reason}` : reason);
      },
    };
  }, [locale]);

  const runAction = () => {
    const action = notice?.action;
    setNotice(null);
    Promise.resolve(action?.run()).catch(env.fail);
  };

  return (
    // The rest of DashboardEnv is left out on purpose: using it fails the test loudly.
    <DashboardContext.Provider value={env as DashboardEnv}>
      {props.children}
      <NoticeArea notice={notice} onAction={runAction} onDismiss={() => setNotice(null)} />
    </DashboardContext.Provider>
  );
}
