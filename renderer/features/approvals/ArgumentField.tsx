import type { FieldKind } from './approval-form';

/** One editable argument of a proposed action, with its validation message beside it. */
export function ArgumentField({
  id,
  name,
  kind,
  value,
  error,
  disabled,
  onChange,
}: {
  id: string;
  name: string;
  kind: FieldKind;
  value: string | boolean;
  error: string | undefined;
  disabled: boolean;
  onChange(value: string | boolean): void;
}) {
  const errorId = `${id}-error`;
  const common = {
    id,
    disabled,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
  } as const;
  return (
    <div className={`arg-field arg-${kind}`}>
      <label htmlFor={id}>{name}</label>
      {kind === 'boolean' ? (
        <input
          {...common}
          type="checkbox"
          checked={value === true}
          onChange={(e) => onChange(e.target.checked)}
        />
      ) : kind === 'number' ? (
        <input
          {...common}
          type="number"
          step="any"
          inputMode="decimal"
          value={String(value)}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : kind === 'text' ? (
        <input {...common} type="text" value={String(value)} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <textarea
          {...common}
          className={kind === 'json' ? 'mono' : undefined}
          rows={kind === 'json' ? 4 : 3}
          value={String(value)}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
