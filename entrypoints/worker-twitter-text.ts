// The service worker's X length count and link finder, run on first use (lib/worker-parts).
import { twitterText } from '@/lib/checklist/twitter';
import { providePart } from '@/lib/worker-parts/registry';

export default defineUnlistedScript(() => providePart('twitter-text', twitterText));
