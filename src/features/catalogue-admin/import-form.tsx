"use client";
// "Nhập danh mục": a .xlsx or .json file; every bad row is listed (sheet, row, column, message) and nothing is
// written; otherwise what was created, published and left unchanged.
import { useTranslations } from "next-intl";
import { Button, Field, Input, StatusMessage, useActionForm } from "@/ui/form";
import { DataTable, RowHeader, tdClass } from "@/ui/data-table";
import { importCatalogueAction } from "./actions";

export function ImportForm() {
  const t = useTranslations("catalogueAdmin");
  const { state, pending, formProps, statusRef, fieldError } = useActionForm(importCatalogueAction);
  const answer = state?.ok ? state.data : undefined;
  return (
    <div className="space-y-4">
      <form
        {...formProps}
        encType="multipart/form-data"
        aria-label={t("importTitle")}
        className="space-y-4 rounded-lg border border-gray-200 bg-white p-4"
      >
        <Field
          id="import-file"
          label={t("importFile")}
          required={t("required")}
          hint={t("importFileHint")}
          errors={fieldError("file")}
        >
          {(control) => (
            <Input
              {...control}
              type="file"
              name="file"
              accept=".xlsx,.json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            />
          )}
        </Field>
        <Button type="submit" disabled={pending}>
          {pending ? t("importing") : t("importSubmit")}
        </Button>
        <StatusMessage
          ref={statusRef}
          state={state}
          success={
            answer?.ok
              ? t("imported", {
                  created: answer.outcome.created.length,
                  published: answer.outcome.published.length,
                  updated: answer.outcome.updated.length,
                  unchanged: answer.outcome.unchanged,
                })
              : null
          }
        />
      </form>
      {answer && !answer.ok ? (
        <div>
          <p role="alert" className="mb-2 font-semibold text-red-800">
            {t("importRefused", { count: answer.errors.length })}
          </p>
          <DataTable
            caption={t("importErrorsCaption")}
            columns={[t("sheet"), t("row"), t("column"), t("problem")]}
            testId="import-errors"
          >
            {answer.errors.map((error, i) => (
              <tr key={i}>
                <RowHeader>{error.sheet}</RowHeader>
                <td className={tdClass}>{error.row}</td>
                <td className={tdClass}>{error.field}</td>
                <td className={tdClass}>{error.message}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      ) : null}
    </div>
  );
}
