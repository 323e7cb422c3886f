import { isToolName, tools } from '../../../shared/tools';

/** How one argument is edited: numbers as number inputs, objects and lists as JSON text. */
export type FieldKind = 'number' | 'boolean' | 'text' | 'longtext' | 'json';

export interface FieldSpec {
  name: string;
  kind: FieldKind;
}

export type FieldValues = Record<string, string | boolean>;

export interface ArgsCheck {
  /** The arguments the fields add up to (what Approve sends when they differ from the proposal). */
  args: Record<string, unknown>;
  /** Problems by argument name, shown next to the field. */
  errors: Record<string, string>;
  /** A problem that belongs to no one field (e.g. "give an orderId or a trackingNumber"). */
  formError: string | null;
  valid: boolean;
}

function kindOf(value: unknown): FieldKind {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return value.length > 80 || value.includes('\n') ? 'longtext' : 'text';
  return 'json';
}

/** One field per proposed argument, in the order the agent gave them. */
export const fieldsFor = (args: Record<string, unknown>): FieldSpec[] =>
  Object.entries(args).map(([name, value]) => ({ name, kind: kindOf(value) }));

/** The fields' starting text: the proposed arguments as the rep will edit them. */
export function initialValues(args: Record<string, unknown>, fields: FieldSpec[]): FieldValues {
  const values: FieldValues = {};
  for (const { name, kind } of fields) {
    const value = args[name];
    values[name] =
      kind === 'boolean' ? value === true : kind === 'json' ? JSON.stringify(value, null, 2) : String(value);
  }
  return values;
}

/** Reads the fields back into arguments and validates them against the tool's input schema. */
export function checkArgs(tool: string, fields: FieldSpec[], values: FieldValues): ArgsCheck {
  const args: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const { name, kind } of fields) {
    const raw = values[name];
    if (kind === 'boolean') args[name] = raw === true;
    else if (kind === 'number') {
      const text = String(raw ?? '').trim();
      const number = Number(text);
      if (text === '' || !Number.isFinite(number)) errors[name] = 'Enter a number.';
      else args[name] = number;
    } else if (kind === 'json') {
      try {
        args[name] = JSON.parse(String(raw ?? ''));
      } catch (error) {
        errors[name] = `Not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
      }
    } else args[name] = String(raw ?? '');
  }
  let formError: string | null = null;
  if (isToolName(tool)) {
    const parsed = tools[tool].input.safeParse(args);
    for (const issue of parsed.success ? [] : parsed.error.issues) {
      const [head, ...rest] = issue.path.map(String);
      if (head === undefined || !fields.some((field) => field.name === head)) formError ??= issue.message;
      else errors[head] ??= rest.length > 0 ? `${rest.join('.')}: ${issue.message}` : issue.message;
    }
  }
  return { args, errors, formError, valid: Object.keys(errors).length === 0 && formError === null };
}

/** JSON with keys in a fixed order, so two equal argument sets compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** Whether the rep changed anything; unchanged arguments are approved as proposed. */
export const isEdited = (proposed: Record<string, unknown>, args: Record<string, unknown>): boolean =>
  canonical(proposed) !== canonical(args);

/** A tool's one-line description from the catalog, or its name when the catalog does not know it. */
export const toolDescription = (tool: string): string => (isToolName(tool) ? tools[tool].description : tool);
