/** The Caption box with its length count, and the buttons that put it into the composer. */
import { useId } from 'react';
import { LengthCount, keepComposerFocus, type TabContext } from './shared';

function CaptionBox({ ctx }: { ctx: TabContext }) {
  const { t, state } = ctx;
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{t('panel.captionLabel')}</label>
      <textarea
        id={id}
        className="sapa-caption"
        rows={6}
        value={state.caption}
        aria-describedby={`${id}-count`}
        onChange={(event) => state.setCaption(event.target.value)}
      />
      <LengthCount text={state.caption} ctx={ctx} id={`${id}-count`} />
    </>
  );
}

/**
 * Insert at the caret or replace everything; the template's id goes along for the record.
 * While the template still has a required variable to fill in, both are off and say why.
 */
function InsertActions({
  ctx,
  templateId,
  blockedBy,
}: {
  ctx: TabContext;
  templateId: string | undefined;
  blockedBy: string | undefined;
}) {
  const { t, state } = ctx;
  const reasonId = useId();
  const insert = (mode: 'caret' | 'replace') =>
    templateId !== undefined
      ? ctx.onInsert(state.caption, mode, { templateId })
      : ctx.onInsert(state.caption, mode);
  const button = (mode: 'caret' | 'replace', label: string) => (
    <button
      type="button"
      disabled={state.busy || blockedBy !== undefined}
      aria-describedby={blockedBy !== undefined ? reasonId : undefined}
      onMouseDown={keepComposerFocus}
      onClick={() => insert(mode)}
    >
      {label}
    </button>
  );
  return (
    <>
      <div className="sapa-actions">
        {button('caret', t('panel.insertAtCaret'))}
        {button('replace', t('panel.replaceAll'))}
      </div>
      {blockedBy !== undefined && (
        <p id={reasonId} className="sapa-warn">
          {t('templates.insertBlocked', { names: blockedBy })}
        </p>
      )}
    </>
  );
}

export function CaptionEditor({
  ctx,
  templateId,
  blockedBy,
}: {
  ctx: TabContext;
  templateId: string | undefined;
  /** The variables still to fill in before Insert works, as a list in the UI language. */
  blockedBy?: string | undefined;
}) {
  return (
    <>
      <CaptionBox ctx={ctx} />
      <InsertActions ctx={ctx} templateId={templateId} blockedBy={blockedBy} />
    </>
  );
}
