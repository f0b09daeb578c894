"use client";
// "Nhập danh mục": a .xlsx or .json file; every bad row is listed (sheet, row, column, message) and nothing is
// written; otherwise what was created, published and left unchanged.
import { useTranslations } from "next-intl";
import { FileImportForm } from "@/ui/form";
import { importCatalogueAction } from "./actions";

export function ImportForm() {
  const t = useTranslations("catalogueAdmin");
  return (
    <FileImportForm
      action={importCatalogueAction}
      labels={{
        title: t("importTitle"),
        file: t("importFile"),
        required: t("required"),
        hint: t("importFileHint"),
        submit: t("importSubmit"),
        submitting: t("importing"),
        refused: (count) => t("importRefused", { count }),
        problemsCaption: t("importErrorsCaption"),
      }}
      accept=".xlsx,.json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      success={({ outcome }) =>
        t("imported", {
          created: outcome.created.length,
          published: outcome.published.length,
          updated: outcome.updated.length,
          unchanged: outcome.unchanged,
        })
      }
      problemColumns={[t("sheet"), t("row"), t("column"), t("problem")]}
      problemCells={(error) => [error.sheet, error.row, error.field, error.message]}
      testId="import-errors"
    />
  );
}
