"use client";
// "Tải lại" beside an error when someone else changed the dossier first (a version conflict): hides the answer and
// reloads the page's data. Shared by the command panel and the apology forms.
import { useRouter } from "next/navigation";
import type { ActionState } from "@/lib/action-state";
import { Button } from "@/ui/form";
import { CONFLICT_FIELD, errorsOf } from "./command-form";

export function ConflictReload({
  state,
  label,
  onReload,
}: {
  state: ActionState<unknown> | null;
  label: string;
  onReload: () => void;
}) {
  const router = useRouter();
  if (!state || state.ok || errorsOf(state.fieldErrors, CONFLICT_FIELD).length === 0) return null;
  return (
    <Button
      variant="secondary"
      size="sm"
      onClick={() => {
        onReload();
        router.refresh();
      }}
    >
      {label}
    </Button>
  );
}
