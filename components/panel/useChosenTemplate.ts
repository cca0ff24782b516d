/**
 * The template being filled in and its variables' values. Every change renders the template
 * into the Caption box, which the person can then edit freely.
 */
import { useMemo, useState } from 'react';
import type { TemplateView } from '@/lib/messaging';
import { fieldsOf, initialValues, renderFor } from './template-fields';
import type { TabContext } from './shared';

export function useChosenTemplate(ctx: TabContext) {
  const { platform, locale, setCaption } = ctx.state;
  const { brandKit } = ctx.library;
  const [chosen, setChosen] = useState<TemplateView | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});

  const fields = useMemo(() => (chosen ? fieldsOf(chosen, platform) : []), [chosen, platform]);
  const rendered = useMemo(
    () => (chosen ? renderFor(chosen, values, { platform, locale, brandKit }) : null),
    [chosen, values, platform, locale, brandKit],
  );

  const fillIn = (template: TemplateView, nextValues: Record<string, string>) => {
    setValues(nextValues);
    setCaption(renderFor(template, nextValues, { platform, locale, brandKit }).text);
  };

  const choose = (template: TemplateView) => {
    setChosen(template);
    fillIn(template, initialValues(template, ctx));
  };

  const setValue = (name: string, value: string) => {
    if (chosen) fillIn(chosen, { ...values, [name]: value });
  };

  const clear = () => setChosen(null);

  return { chosen, values, fields, rendered, choose, setValue, clear };
}
