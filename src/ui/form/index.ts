// The form kit: one import for a form. Field wires label, hint and error to its control (SelectField: a select from
// a list of choices); FilterForm is the card of a GET filter form; useActionForm connects a client form to a server
// action (defineAction) and moves the focus after an answer.
export {
  buttonClass,
  controlClass,
  errorTextClass,
  hintClass,
  labelClass,
  pillClass,
  type ButtonSize,
  type ButtonVariant,
} from "./classes";
export { ActionCard, type ActionCardForm } from "./action-card";
export { Button, DateInput, Input, Select, Textarea } from "./controls";
export { Field, FieldError, type ControlProps } from "./field";
export { FileImportForm, type FileImportAnswer } from "./file-import-form";
export { FilterForm } from "./filter-form";
export { SelectField, type Choice } from "./select-field";
export {
  controlAria,
  errorsForField,
  fieldErrorsOf,
  fieldIds,
  firstInvalidName,
  type FieldErrors,
} from "./field-errors";
export { ErrorNote, StatusMessage, SuccessNote } from "./status-message";
export { useActionForm, type ActionFormOptions, type FormAction } from "./use-action-form";
