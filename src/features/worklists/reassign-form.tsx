"use client";
// One dossier's "Phân công lại" form on the head's overview: the officer select and the hidden command fields of the
// dossier page's own action (the state machine's `assign` command, passed in by the page), so reassigning here is
// exactly the command the dossier page runs: same roles, same scope check, same history row.
import { useRouter } from "next/navigation";
import { useEffect, useId } from "react";
import type { ActionState } from "@/lib/action-state";
import { Button, FieldError, Select, StatusMessage, controlAria, labelClass, useActionForm } from "@/ui/form";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any action's result: only ok/message are read here
export type AssignAction<T = any> = (previous: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

export function ReassignForm<T>({
  action,
  dossierId,
  code,
  version,
  officers,
  text,
}: {
  action: AssignAction<T>;
  dossierId: string;
  code: string;
  version: number;
  officers: { id: string; name: string }[];
  text: { to: string; submit: string; done: string; choose: string };
}) {
  const router = useRouter();
  const id = useId();
  const { state, pending, formProps, statusRef, fieldError } = useActionForm(action, { errorPrefix: "command." });
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const errors = [...fieldError("officerId"), ...fieldError("expectedVersion")];
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-2" data-testid={`reassign-${code}`}>
      <input type="hidden" name="type" value="assign" />
      <input type="hidden" name="dossierId" value={dossierId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <div>
        <label htmlFor={`${id}-officer`} className={`${labelClass} text-sm`}>
          {text.to}
        </label>
        <Select name="officerId" defaultValue="" {...controlAria(`${id}-officer`, { errors })}>
          <option value="" disabled>
            {text.choose}
          </option>
          {officers.map((officer) => (
            <option key={officer.id} value={officer.id}>
              {officer.name}
            </option>
          ))}
        </Select>
        <FieldError id={`${id}-officer-error`} errors={errors} />
      </div>
      <Button type="submit" size="sm" disabled={pending}>
        {text.submit}
      </Button>
      <StatusMessage ref={statusRef} state={state} success={text.done} className="w-full text-sm" />
    </form>
  );
}
