/**
 * The variables form's fields for a template: which placeholders it has, what they are called
 * in the UI language, and the values they start with.
 */
import type { TemplateView } from '@/lib/messaging';
import type { TemplateVariable } from '@/lib/db/types';
import {
  BRAND_VARIABLES,
  brandValues,
  pickText,
  placeholdersIn,
  renderTemplate,
  type BrandVariable,
} from '@/lib/library/render';
import { key, type TabContext } from './shared';

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

/** Starting values: a variable's default, else the brand kit's value. */
export function initialValues(template: TemplateView, ctx: TabContext): Record<string, string> {
  const brand = brandValues(ctx.library.brandKit, ctx.state.platform);
  const values: Record<string, string> = {};
  for (const field of fieldsOf(template, ctx.state.platform)) {
    const fromBrand = isBrandVariable(field.name) ? brand[field.name] : '';
    values[field.name] = field.default?.trim() || fromBrand;
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
) {
  return renderTemplate(template, {
    platform,
    // Dates are written in the template's language, whatever the panel speaks.
    locale: template.locale ?? locale,
    values,
    brandKit,
  });
}
