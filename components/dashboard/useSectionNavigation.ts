import { useEffect, useRef, useState } from 'react';
import { DASHBOARD_SECTIONS, type DashboardSection } from '@/lib/messaging';

function sectionFromHash(): DashboardSection | undefined {
  const hash = globalThis.location?.hash.slice(1);
  return DASHBOARD_SECTIONS.find((s) => s === hash);
}

/**
 * Which section is open: from the props, else the address's #section, else templates. Going to
 * another section puts it in the address and moves focus to its heading, so keyboard and screen
 * reader users land on the new content.
 */
export function useSectionNavigation(initial: DashboardSection | undefined) {
  const [section, setSection] = useState<DashboardSection>(
    initial ?? sectionFromHash() ?? 'templates',
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moveFocus = useRef(false);

  // A link to another section of an open dashboard (#checklist…) switches to it.
  useEffect(() => {
    const follow = () => {
      const next = sectionFromHash();
      if (next) setSection(next);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  useEffect(() => {
    if (moveFocus.current) headingRef.current?.focus();
    moveFocus.current = false;
  }, [section]);

  const go = (id: DashboardSection) => {
    moveFocus.current = true;
    setSection(id);
    globalThis.history?.replaceState(null, '', `#${id}`);
  };

  return { section, go, headingRef };
}
