// A labelled form field: label, optional hint, the control, and the error block its aria-describedby points at.
// The control comes from a render function that receives the id and aria attributes, so any input, select or
// text area (or a custom widget) is wired the same way.
import { errorTextClass, hintClass, labelClass } from "./classes";
import { controlAria, fieldIds } from "./field-errors";

export type ControlProps = ReturnType<typeof controlAria>;

export function Field({
  id,
  label,
  hint,
  errors,
  errorId,
  required,
  describedBy,
  labelClassName,
  className,
  children,
}: {
  id: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  errors?: readonly string[];
  /** The error block's id when a form keeps its own scheme (default `<id>-error`). */
  errorId?: string;
  /** Text shown after the label of a required field ("(bắt buộc)"). */
  required?: React.ReactNode;
  /** Extra ids the control's aria-describedby names (a note rendered elsewhere). */
  describedBy?: readonly string[];
  labelClassName?: string;
  className?: string;
  children: (control: ControlProps) => React.ReactNode;
}) {
  const ids = fieldIds(id, errorId);
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClassName ?? labelClass}>
        {label}
        {required ? <span className="font-normal text-muted"> {required}</span> : null}
      </label>
      {children(controlAria(id, { errors, hasHint: Boolean(hint), errorId, describedBy }))}
      {hint ? (
        <p id={ids.hintId} className={hintClass}>
          {hint}
        </p>
      ) : null}
      <FieldError id={ids.errorId} errors={errors} />
    </div>
  );
}

/**
 * A field's error block: aria-live so a screen reader hears the message, always rendered (empty when fine) so the
 * control's aria-describedby never dangles. Also used alone under a radio group or a checkbox.
 */
export function FieldError({ id, errors }: { id: string; errors?: readonly string[] }) {
  return (
    <div id={id} aria-live="polite">
      {errors?.map((message) => (
        <p key={message} className={errorTextClass}>
          {message}
        </p>
      ))}
    </div>
  );
}
