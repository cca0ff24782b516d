// The service worker's calendar repeats, run on first use (lib/worker-parts).
import { RRule, Weekday } from 'rrule';
import { providePart } from '@/lib/worker-parts/registry';

export default defineUnlistedScript(() => providePart('rrule', { RRule, Weekday }));
