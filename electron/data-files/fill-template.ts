/** A template from a data file with its `{name}` placeholders filled; unknown names stay as written. */
export const fillTemplate = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
