import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import {
  PLATFORM_IDS,
  type ContentLocale,
  type PlatformId,
  type TemplateRecord,
  type TemplateVariable,
} from '@/lib/db';
import { BRAND_VARIABLES, placeholdersIn } from '@/lib/library/render';
import { perPlatform } from '@/lib/platforms';
import { textProblem } from '@/lib/text';
import { useDashboard } from '../context';
import type { EditorSlot } from './ListDetailEditor';
import { useShortcutCheck } from './shortcutField';

export interface TemplateForm {
  name: string;
  category: string;
  locale: ContentLocale;
  body: string;
  variants: Record<PlatformId, string>;
  variables: TemplateVariable[];
  shortcut: string;
}

export type TemplateInput = ReturnType<typeof toInput>;

const VARIABLE_NAME_RE = /^[A-Za-z_][A-Za-z0-9_]{0,39}$/;

function formOf(t: TemplateRecord | undefined, locale: ContentLocale): TemplateForm {
  return {
    name: t?.name ?? '',
    category: t?.category ?? '',
    locale: t?.locale ?? locale,
    body: t?.body ?? '',
    variants: perPlatform((site) => t?.variants[site.id] ?? ''),
    variables: t?.variables.map((v) => ({ ...v, label: { ...v.label } })) ?? [],
    shortcut: t?.shortcut ?? '',
  };
}

/** A variable as stored: names trimmed, labels filled in, options only for a choice. */
function tidyVariable(v: TemplateVariable): TemplateVariable {
  const out: TemplateVariable = {
    ...v,
    name: v.name.trim(),
    label: { id: v.label.id.trim() || v.name.trim(), en: v.label.en.trim() || v.name.trim() },
  };
  if (v.type === 'choice') out.options = (v.options ?? []).map((o) => o.trim()).filter(Boolean);
  else delete out.options;
  if (!v.required) delete out.required;
  return out;
}

export function toInput(form: TemplateForm) {
  const variants: Partial<Record<PlatformId, string>> = {};
  for (const p of PLATFORM_IDS) if (form.variants[p].trim()) variants[p] = form.variants[p];
  return {
    name: form.name.trim(),
    category: form.category.trim() || 'custom',
    locale: form.locale,
    body: form.body,
    variants,
    variables: form.variables.map(tidyVariable),
    shortcut: form.shortcut.trim(),
  };
}

/** What saving this template unchanged from the editor would store (blank parts tidied). */
export function editorInput(template: TemplateRecord): TemplateInput {
  return toInput(formOf(template, template.locale));
}

/** Placeholders in the texts that are neither a declared variable nor a brand kit one. */
function unknownPlaceholders(form: TemplateForm): string[] {
  const declared = new Set(form.variables.map((v) => v.name.trim()));
  const used = placeholdersIn([form.body, ...Object.values(form.variants)].join('\n'));
  return used.filter(
    (n) => !declared.has(n) && !(BRAND_VARIABLES as readonly string[]).includes(n),
  );
}

/**
 * The template editor's state and actions: the form, its changes, what stops it being saved,
 * and the settings the preview needs.
 */
export function useTemplateForm(slot: EditorSlot<TemplateRecord, TemplateInput>) {
  const { repos, t, locale } = useDashboard();
  const [form, setForm] = useState<TemplateForm>(() => formOf(slot.item, locale));
  const [errors, setErrors] = useState<string[]>([]);
  const brandKit = useLiveQuery(() => repos.brandKit.get(), [repos]);
  const xPremium = useLiveQuery(() => repos.settings.get('xPremium'), [repos]) ?? false;
  const shortcutError = useShortcutCheck(slot.item?.id);

  const patch = (p: Partial<TemplateForm>) => setForm((f) => ({ ...f, ...p }));
  const setVariables = (change: (variables: TemplateVariable[]) => TemplateVariable[]) =>
    setForm((f) => ({ ...f, variables: change(f.variables) }));

  const validate = (): string[] => {
    const out: string[] = [];
    if (!form.name.trim()) out.push(t('dashboard.templates.errName'));
    // The same check as every other way in (lib/text), so the reason is said here, not later.
    const badName = textProblem(form.name.trim(), 'name');
    if (badName) out.push(t('dashboard.templates.errNameText', { reason: badName[locale] }));
    const badCategory = textProblem(form.category.trim(), 'name');
    if (badCategory)
      out.push(t('dashboard.templates.errCategoryText', { reason: badCategory[locale] }));
    if (!form.body.trim()) out.push(t('dashboard.templates.errBody'));
    const badShortcut = shortcutError(form.shortcut);
    if (badShortcut) out.push(badShortcut);
    const seen = new Set<string>();
    form.variables.forEach((v, i) => {
      const n = v.name.trim();
      if (!VARIABLE_NAME_RE.test(n)) out.push(t('dashboard.templates.errVarName', { n: i + 1 }));
      else if (seen.has(n)) out.push(t('dashboard.templates.errVarDuplicate', { name: n }));
      seen.add(n);
      if (v.type === 'choice' && !(v.options ?? []).some((o) => o.trim()))
        out.push(t('dashboard.templates.errVarOptions', { name: n || String(i + 1) }));
    });
    return out;
  };

  const save = async () => {
    const problems = validate();
    setErrors(problems);
    if (problems.length) return;
    await slot.save(toInput(form));
  };

  return {
    form,
    errors,
    brandKit: brandKit ?? null,
    xPremium,
    unknown: unknownPlaceholders(form),
    patch,
    setVariables,
    setVariant: (p: PlatformId, text: string) =>
      setForm((f) => ({ ...f, variants: { ...f.variants, [p]: text } })),
    save,
  };
}
