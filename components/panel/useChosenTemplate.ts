/**
 * The template being filled in and its variables' values. Every change renders the template
 * into the Caption box, which the person can then edit freely.
 */
import { useMemo, useState } from 'react';
import type { ListedBook } from '@/lib/library/book-list';
import type { TemplateView } from '@/lib/messaging';
import { fieldsOf, initialValues, renderFor } from './template-fields';
import type { TabContext } from './shared';

export function useChosenTemplate(ctx: TabContext) {
  const { platform, locale, setCaption } = ctx.state;
  const { brandKit } = ctx.library;
  const [chosen, setChosen] = useState<TemplateView | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  /** Titles picked for the list variable `{{koleksiBaru}}`, in the order picked. */
  const [books, setBooksState] = useState<ListedBook[]>([]);

  const fields = useMemo(() => (chosen ? fieldsOf(chosen, platform) : []), [chosen, platform]);
  const rendered = useMemo(
    () => (chosen ? renderFor(chosen, values, { platform, locale, brandKit }, books) : null),
    [chosen, values, platform, locale, brandKit, books],
  );

  const fillIn = (
    template: TemplateView,
    nextValues: Record<string, string>,
    nextBooks: ListedBook[],
  ) => {
    setValues(nextValues);
    setBooksState(nextBooks);
    setCaption(renderFor(template, nextValues, { platform, locale, brandKit }, nextBooks).text);
  };

  const choose = (template: TemplateView) => {
    setChosen(template);
    fillIn(template, initialValues(template, ctx), []);
  };

  const setValue = (name: string, value: string) => {
    if (chosen) fillIn(chosen, { ...values, [name]: value }, books);
  };

  const setBooks = (next: ListedBook[]) => {
    if (chosen) fillIn(chosen, values, next);
  };

  const clear = () => {
    setChosen(null);
    setBooksState([]);
  };

  return { chosen, values, fields, rendered, books, choose, setValue, setBooks, clear };
}
