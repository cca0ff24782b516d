/**
 * dexie-export-import (which reads Sapa backups) looks up `self` when it loads, as browsers and
 * workers have it; Node has only `globalThis`. Import this first in scripts that read backups.
 */
const scope = globalThis as { self?: typeof globalThis };
scope.self ??= globalThis;
