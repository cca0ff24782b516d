/**
 * Templates: search the library's templates, fill in a chosen template's variables, edit the
 * result in the Caption box and insert it; or save the composer's text as a new template.
 */
import { CaptionEditor } from './CaptionEditor';
import { SaveAsTemplate } from './SaveAsTemplate';
import { TemplateSearch } from './TemplateSearch';
import { TemplateVariables } from './TemplateVariables';
import { missingLabels, unfilledInCaption } from './template-fields';
import { useChosenTemplate } from './useChosenTemplate';
import { useTemplateSearch } from './useTemplateSearch';
import type { TabContext } from './shared';

export function TemplatesTab({ ctx }: { ctx: TabContext }) {
  const search = useTemplateSearch(ctx);
  const chosen = useChosenTemplate(ctx);
  const chosenId = chosen.chosen?.id;
  const unfilled = unfilledInCaption(chosen.rendered?.missing ?? [], ctx.state.caption);
  const blockedBy = unfilled.length > 0 ? missingLabels(chosen, unfilled, ctx) : undefined;
  return (
    <div className="sapa-stack">
      <TemplateSearch search={search} chosenId={chosenId} onChoose={chosen.choose} ctx={ctx} />
      <TemplateVariables chosen={chosen} ctx={ctx} />
      <CaptionEditor ctx={ctx} templateId={chosenId} blockedBy={blockedBy} />
      <SaveAsTemplate ctx={ctx} onSaved={search.list.reload} />
    </div>
  );
}
