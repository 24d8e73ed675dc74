// The one way a string's {name} placeholders are filled, for every dictionary.

/** The template with each {name} replaced by its value; an unknown {name} is left as written. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
