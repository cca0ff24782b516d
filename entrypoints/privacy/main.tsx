import { createRoot } from 'react-dom/client';
import { PrivacyPolicy } from '@/components/privacy/PrivacyPolicy';
import '@/components/privacy/privacy.css';
import { browserLanguage, resolveLocale, translator } from '@/lib/i18n';

// The dashboard opens this page in its own language (?lang=); opened directly, it follows the
// browser's.
const asked = new URLSearchParams(location.search).get('lang') ?? undefined;
const locale = resolveLocale(asked ?? browserLanguage());
const t = translator(locale);
document.documentElement.lang = locale;
document.title = t('privacy.pageTitle');
const root = document.getElementById('root');
if (root) createRoot(root).render(<PrivacyPolicy t={t} />);
