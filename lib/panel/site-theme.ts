/**
 * The site's own theme, read from its background colour: X, Facebook and Instagram each have a
 * dark mode of their own that need not follow the system's. Pure: a CSS colour in, a theme out.
 */
export function themeOfBackground(color: string): 'light' | 'dark' | null {
  const match = color.match(/rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?/);
  if (!match) return null;
  const alpha =
    match[4] === undefined ? 1 : parseFloat(match[4]) / (match[4].endsWith('%') ? 100 : 1);
  if (alpha < 0.5) return null;
  const [r, g, b] = [match[1], match[2], match[3]].map((part) => {
    const c = Number(part) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance < 0.2 ? 'dark' : 'light';
}

/** The first opaque background from the body up to the root, as the site paints it. */
export function siteTheme(doc: Document): 'light' | 'dark' | null {
  const view = doc.defaultView;
  if (!view) return null;
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const theme = themeOfBackground(view.getComputedStyle(element).backgroundColor);
    if (theme) return theme;
  }
  return null;
}
