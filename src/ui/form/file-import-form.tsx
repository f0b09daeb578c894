"use client";
// An import from a file (the catalogue, a PAR criteria set): one file field, the submit button and the status
// message; when the file is refused, nothing is written and every problem is listed in a table (where, what).
import type { ReactNode } from "react";
import { DataTable, RowHeader, tdClass } from "@/ui/data-table";
import { Button, Input } from "./controls";
import { Field } from "./field";
import { StatusMessage } from "./status-message";
import { useActionForm, type FormAction } from "./use-action-form";

/** What an import action answers: what it did, or the file's problems (and nothing written). */
export type FileImportAnswer<Done, Problem> = ({ ok: true } & Done) | { ok: false; errors: Problem[] };

export function FileImportForm<Done, Problem>({
  action,
  hidden = {},
  labels,
  accept,
  success,
  problemColumns,
  problemCells,
  testId,
}: {
  action: FormAction<FileImportAnswer<Done, Problem>>;
  /** Hidden inputs sent with the file (e.g. the set it goes into). */
  hidden?: Record<string, string>;
  labels: {
    title: string;
    file: string;
    required: string;
    hint: string;
    submit: string;
    submitting: string;
    /** The alert over the problems' table. */
    refused: (count: number) => string;
    problemsCaption: string;
  };
  /** The input's accept list (extensions and media types). */
  accept: string;
  /** The status message after an import that went in. */
  success: (done: Done) => string;
  problemColumns: string[];
  /** One problem's cells, in problemColumns' order; the first is the row's header. */
  problemCells: (problem: Problem) => [ReactNode, ...ReactNode[]];
  testId: string;
}) {
  const { state, pending, formProps, statusRef, fieldError } = useActionForm(action);
  const answer = state?.ok ? state.data : undefined;
  return (
    <div className="space-y-4">
      <form
        {...formProps}
        encType="multipart/form-data"
        aria-label={labels.title}
        className="space-y-4 rounded-lg border border-gray-200 bg-white p-4"
      >
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <Field
          id="import-file"
          label={labels.file}
          required={labels.required}
          hint={labels.hint}
          errors={fieldError("file")}
        >
          {(control) => <Input {...control} type="file" name="file" accept={accept} />}
        </Field>
        <Button type="submit" disabled={pending}>
          {pending ? labels.submitting : labels.submit}
        </Button>
        <StatusMessage ref={statusRef} state={state} success={answer?.ok ? success(answer) : null} />
      </form>
      {answer && !answer.ok ? (
        <div>
          <p role="alert" className="mb-2 font-semibold text-red-800">
            {labels.refused(answer.errors.length)}
          </p>
          <DataTable caption={labels.problemsCaption} columns={problemColumns} testId={testId}>
            {answer.errors.map((problem, index) => {
              const [header, ...rest] = problemCells(problem);
              return (
                <tr key={index}>
                  <RowHeader>{header}</RowHeader>
                  {rest.map((cell, column) => (
                    <td key={column} className={tdClass}>
                      {cell}
                    </td>
                  ))}
                </tr>
              );
            })}
          </DataTable>
        </div>
      ) : null}
    </div>
  );
}
