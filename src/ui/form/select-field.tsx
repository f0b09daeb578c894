// A labelled select built from a list of choices, optionally headed by an "any" choice (value ""): the usual filter
// field ("Lĩnh vực: Tất cả lĩnh vực / Chứng thực / …"). A select with option groups keeps Field + Select.
import { Field } from "./field";
import { Select } from "./controls";

export interface Choice {
  value: string;
  label: string;
}

export function SelectField({
  name,
  choices,
  any,
  defaultValue,
  ...field
}: Omit<React.ComponentProps<typeof Field>, "children"> & {
  name: string;
  choices: readonly Choice[];
  /** The first choice, value "" (no filter). */
  any?: string;
  /** The selected value; "" (the any choice) when left out. */
  defaultValue?: string | null;
}) {
  return (
    <Field {...field}>
      {(control) => (
        <Select {...control} name={name} defaultValue={defaultValue ?? ""}>
          {any !== undefined ? <option value="">{any}</option> : null}
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
