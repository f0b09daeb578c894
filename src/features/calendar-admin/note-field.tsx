"use client";
// The required change note every calendar change carries (add a day, office hours, import, removal).
import { useTranslations } from "next-intl";
import { Field, Textarea } from "@/ui/form";

export function NoteField({
  id,
  errors,
  className,
  ref,
}: {
  id: string;
  errors?: readonly string[];
  className?: string;
  ref?: React.Ref<HTMLTextAreaElement>;
}) {
  const t = useTranslations("calendarAdmin");
  return (
    <Field
      id={id}
      label={t("noteLabel")}
      required={t("required")}
      hint={t("noteHint")}
      errors={errors}
      className={className}
    >
      {(control) => <Textarea ref={ref} {...control} name="note" rows={2} maxLength={500} required />}
    </Field>
  );
}
