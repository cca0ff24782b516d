/**
 * The variables form's fields for a template: which placeholders it has, what they are called
 * in the UI language, and the values they start with.
 */
import type { TemplateView } from '@/lib/messaging';
import type { TemplateVariable } from '@/lib/db/types';
import { formatList, type MessageKey } from '@/lib/i18n';
import {
  BRAND_VARIABLES,
  brandValues,
  pickText,
  placeholdersIn,
  renderTemplate,
  resolveDateDefault,
  timeZoneOf,
  todayIn,
  type BrandVariable,
} from '@/lib/library/render';
import { BOOK_LIST_VARIABLE, type ListedBook } from '@/lib/library/book-list';
import type { TabContext } from './shared';

// Not shared.tsx's `key`: the content script's shortcuts use these fields, and must not bring React.
const key = (k: string) => k as MessageKey;

const isBrandVariable = (name: string): name is BrandVariable =>
  (BRAND_VARIABLES as readonly string[]).includes(name);

/** A form field: a declared variable, or a placeholder the template uses without declaring. */
export type Field = TemplateVariable & { undeclared?: boolean };

type Platform = TabContext['state']['platform'];

/** One form field per placeholder the platform's text uses, in order of appearance. */
export function fieldsOf(template: TemplateView, platform: Platform): Field[] {
  const declared = new Map(template.variables.map((v) => [v.name, v]));
  return placeholdersIn(pickText(template, platform).text).map(
    (name): Field =>
      declared.get(name) ?? {
        name,
        label: { id: name, en: name },
        type: name === 'website' || name === 'linkInBio' ? 'link' : 'text',
        undeclared: true,
      },
  );
}

/** The field's label in the UI language; brand-kit names have their own catalogue entries. */
export function labelOf(field: Field, ctx: Pick<TabContext, 't' | 'state'>): string {
  if (field.undeclared && isBrandVariable(field.name)) return ctx.t(key(`var.${field.name}`));
  return field.label[ctx.state.locale];
}

/** Today in the library's zone: what date defaults count from. */
export function libraryToday(brandKit: TabContext['library']['brandKit']): string {
  return todayIn(timeZoneOf(brandKit), new Date());
}

/**
 * Starting values: a variable's default, else the brand kit's value. A date default becomes
 * the date it names (`today`, `--05-17` the next 17 May), so the date field shows it.
 */
export function initialValues(
  template: TemplateView,
  ctx: {
    library: Pick<TabContext['library'], 'brandKit'>;
    state: Pick<TabContext['state'], 'platform'>;
  },
): Record<string, string> {
  const brand = brandValues(ctx.library.brandKit, ctx.state.platform);
  const today = libraryToday(ctx.library.brandKit);
  const values: Record<string, string> = {};
  for (const field of fieldsOf(template, ctx.state.platform)) {
    // The list variable's default is its line format, filled from the picked titles instead.
    if (field.name === BOOK_LIST_VARIABLE) {
      values[field.name] = '';
      continue;
    }
    const fromBrand = isBrandVariable(field.name) ? brand[field.name] : '';
    const fallback =
      field.type === 'date' ? resolveDateDefault(field.default, today) : field.default?.trim();
    values[field.name] = fallback || fromBrand;
  }
  return values;
}

/** Where a template is rendered: the platform, the panel's language and the brand kit. */
export interface RenderSetting {
  platform: Platform;
  locale: TabContext['state']['locale'];
  brandKit: TabContext['library']['brandKit'];
}

/** The template filled in for the platform. */
export function renderFor(
  template: TemplateView,
  values: Record<string, string>,
  { platform, locale, brandKit }: RenderSetting,
  books?: readonly ListedBook[],
) {
  return renderTemplate(template, {
    ...(books ? { books } : {}),
    platform,
    // Dates are written in the template's language, whatever the panel speaks.
    locale: template.locale ?? locale,
    values,
    brandKit,
    today: libraryToday(brandKit),
  });
}

/** The labels of unfilled variables in the UI language, as a list ("Date and Link"). */
export function missingLabels(
  chosen: { fields: Field[] },
  names: string[],
  ctx: Pick<TabContext, 't' | 'state'>,
): string {
  const labels = names.map((name) => {
    const field = chosen.fields.find((f) => f.name === name);
    return field ? labelOf(field, ctx) : name;
  });
  return formatList(ctx.state.locale, labels);
}

/**
 * The required variables still unfilled whose `{{name}}` is still in the caption: while there is
 * one, Insert stays off, so a raw placeholder never reaches the composer. (Typing the value into
 * the caption by hand removes the placeholder and lets Insert work.)
 */
export function unfilledInCaption(missing: readonly string[], caption: string): string[] {
  const inCaption = new Set(placeholdersIn(caption));
  return missing.filter((name) => inCaption.has(name));
}
