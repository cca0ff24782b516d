// Both languages' messages for the service worker's errors and reminders, run on first use
// (lib/worker-parts).
import en from '@/assets/locales/en.json';
import id from '@/assets/locales/id.json';
import { providePart } from '@/lib/worker-parts/registry';

export default defineUnlistedScript(() => providePart('messages', { en, id }));
