// Input, Select, Textarea and Button: the native elements with the kit's classes. No hooks, so they serve server
// forms (GET filters) and client forms alike; `ref` passes through (React 19).
import { buttonClass, controlClass, type ButtonSize, type ButtonVariant } from "./classes";

const withClass = (base: string, extra: string | undefined) => (extra ? `${base} ${extra}` : base);

export function Input({ className, ...props }: React.ComponentProps<"input">) {
  return <input {...props} className={withClass(controlClass, className)} />;
}

/** A civil date typed as dd/mm/yyyy (parsed on the server by src/lib/dates): a numeric keypad on phones, no autofill. */
export function DateInput(props: React.ComponentProps<"input">) {
  return (
    <Input type="text" inputMode="numeric" placeholder="dd/mm/yyyy" autoComplete="off" maxLength={10} {...props} />
  );
}

export function Select({ className, ...props }: React.ComponentProps<"select">) {
  return <select {...props} className={withClass(controlClass, className)} />;
}

export function Textarea({ className, ...props }: React.ComponentProps<"textarea">) {
  return <textarea {...props} className={withClass(controlClass, className)} />;
}

/** A button; `type` defaults to "button" so only an explicit submit button submits its form. */
export function Button({
  variant = "primary",
  size = "md",
  className,
  type = "button",
  ...props
}: React.ComponentProps<"button"> & { variant?: ButtonVariant; size?: ButtonSize }) {
  return <button {...props} type={type} className={buttonClass(variant, size, className)} />;
}
