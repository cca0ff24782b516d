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

/** Insert at the caret or replace everything; the template's id goes along for the record. */
function InsertActions({ ctx, templateId }: { ctx: TabContext; templateId: string | undefined }) {
  const { t, state } = ctx;
  const insert = (mode: 'caret' | 'replace') =>
    templateId !== undefined
      ? ctx.onInsert(state.caption, mode, { templateId })
      : ctx.onInsert(state.caption, mode);
  return (
    <div className="sapa-actions">
      <button
        type="button"
        disabled={state.busy}
        onMouseDown={keepComposerFocus}
        onClick={() => insert('caret')}
      >
        {t('panel.insertAtCaret')}
      </button>
      <button
        type="button"
        disabled={state.busy}
        onMouseDown={keepComposerFocus}
        onClick={() => insert('replace')}
      >
        {t('panel.replaceAll')}
      </button>
    </div>
  );
}

export function CaptionEditor({
  ctx,
  templateId,
}: {
  ctx: TabContext;
  templateId: string | undefined;
}) {
  return (
    <>
      <CaptionBox ctx={ctx} />
      <InsertActions ctx={ctx} templateId={templateId} />
    </>
  );
}
