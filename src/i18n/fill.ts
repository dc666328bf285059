/**
 * A dictionary text with its `{name}` values filled in: on the server (useTranslations) and in the browser
 * scripts, which receive the page's words as data and fill them the same way. A name with no value stays as written.
 */
export const fill = (template: string, values: Record<string, string | number> = {}): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
