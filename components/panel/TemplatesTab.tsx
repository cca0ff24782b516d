/**
 * Templates: search the library's templates, fill in a chosen template's variables, edit the
 * result in the Caption box and insert it; or save the composer's text as a new template.
 */
import { useEffect, useRef } from 'react';
import type { PanelState } from '@/lib/panel/panel-store';
import { CaptionEditor } from './CaptionEditor';
import { SaveAsTemplate } from './SaveAsTemplate';
import { TemplateSearch } from './TemplateSearch';
import { TemplateVariables } from './TemplateVariables';
import { missingLabels, unfilledInCaption } from './template-fields';
import { useChosenTemplate } from './useChosenTemplate';
import { useTemplateSearch } from './useTemplateSearch';
import type { TabContext } from './shared';

/**
 * Inserting a filled new-arrivals template remembers its titles as posted (they leave the new
 * arrivals): those of the list whose link is still in the inserted text, so a line the person
 * deleted from the Caption box is not counted.
 */
function useMarkPostedOnInsert(
  ctx: TabContext,
  chosen: ReturnType<typeof useChosenTemplate>,
): TabContext {
  const included = chosen.rendered?.listed?.included ?? [];
  if (included.length === 0) return ctx;
  const links = new Map(chosen.books.map((book) => [book.id, book.link]));
  return {
    ...ctx,
    onInsert: (text, mode, meta) => {
      ctx.onInsert(text, mode, meta);
      const posted = included.filter((id) => text.includes(links.get(id) ?? '\u0000'));
      if (posted.length === 0) return;
      void ctx.client.request('catalogue.markPosted', { biblioIds: posted }).then((res) => {
        if (!res.ok) return ctx.fail(res.error);
        ctx.flash({ text: ctx.t('catalogue.panel.posted', { count: posted.length }), warn: false });
      });
    },
  };
}

/** Requests already answered: the tab is mounted again when the panel unfolds. */
const answeredAsks = new WeakSet<object>();

/**
 * A typed shortcut's template needs values the person must give (lib/quick-insert): it is
 * chosen here, and the focus goes to its first empty required field.
 */
function useAskedTemplate(
  asked: PanelState['askTemplate'],
  choose: ReturnType<typeof useChosenTemplate>['choose'],
) {
  const form = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    if (!asked || answeredAsks.has(asked)) return;
    answeredAsks.add(asked);
    choose(asked.template);
    // Not cancelled on the re-render `choose` causes: the form shows only after it.
    requestAnimationFrame(() => {
      const fields = form.current?.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
        'input[required], select[required]',
      );
      [...(fields ?? [])].find((field) => !field.value)?.focus();
    });
  }, [asked, choose]);
  return form;
}

export function TemplatesTab({ ctx }: { ctx: TabContext }) {
  const search = useTemplateSearch(ctx);
  const chosen = useChosenTemplate(ctx);
  const form = useAskedTemplate(ctx.state.askTemplate, chosen.choose);
  const chosenId = chosen.chosen?.id;
  const unfilled = unfilledInCaption(chosen.rendered?.missing ?? [], ctx.state.caption);
  const blockedBy = unfilled.length > 0 ? missingLabels(chosen, unfilled, ctx) : undefined;
  const insertCtx = useMarkPostedOnInsert(ctx, chosen);
  return (
    <div className="sapa-stack" ref={form}>
      <TemplateSearch search={search} chosenId={chosenId} onChoose={chosen.choose} ctx={ctx} />
      <TemplateVariables chosen={chosen} ctx={ctx} />
      <CaptionEditor ctx={insertCtx} templateId={chosenId} blockedBy={blockedBy} />
      <SaveAsTemplate ctx={ctx} onSaved={search.list.reload} />
    </div>
  );
}
