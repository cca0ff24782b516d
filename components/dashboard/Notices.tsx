import { type Notice, useDashboard } from './context';

/**
 * Where the dashboard's notices appear: news (with its action, such as Undo) in a polite live
 * region, failures in an assertive one, so a screen reader interrupts only for a failure.
 */
export function NoticeArea(props: {
  notice: Notice | null;
  onAction: () => void;
  onDismiss: () => void;
}) {
  const { notice } = props;
  return (
    <>
      <div className="sapa-dash-notice" role="status" aria-live="polite">
        {notice?.kind === 'status' && (
          <Toast notice={notice} onAction={props.onAction} onDismiss={props.onDismiss} />
        )}
      </div>
      <div className="sapa-dash-notice" role="alert">
        {notice?.kind === 'error' && (
          <Toast notice={notice} onAction={props.onAction} onDismiss={props.onDismiss} />
        )}
      </div>
    </>
  );
}

function Toast(props: { notice: Notice; onAction: () => void; onDismiss: () => void }) {
  const { notice } = props;
  return (
    <div className={notice.kind === 'error' ? 'sapa-toast sapa-toast-error' : 'sapa-toast'}>
      <span>{notice.text}</span>
      {notice.action && (
        <button type="button" onClick={props.onAction}>
          {notice.action.label}
        </button>
      )}
      <DismissButton onClick={props.onDismiss} />
    </div>
  );
}

/** The × that closes a message; its accessible name says what it does. */
export function DismissButton(props: { onClick: () => void }) {
  const { t } = useDashboard();
  return (
    <button
      type="button"
      className="sapa-quiet"
      aria-label={t('dashboard.dismiss')}
      onClick={props.onClick}
    >
      ×
    </button>
  );
}
