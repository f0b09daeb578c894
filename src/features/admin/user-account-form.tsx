"use client";
// The account form of "Tạo tài khoản" and of an account's page: details, role, unit and office. The office list shows
// the offices of the chosen unit that fit the chosen role (the server checks the same rules: src/domain/users).
import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { PASSWORD_MIN_LENGTH } from "@/domain/access/password-policy";
import { ROLES, type Role } from "@/domain/access/roles";
import { officeFitsRole, ROLE_OFFICE_RULES } from "@/domain/users/scope";
import type { ManagedUser, ScopeChoice } from "@/server/data/users";
import { Button, Field, Input, Select, StatusMessage, useActionForm, type FormAction } from "@/ui/form";
import { createUserAction, updateUserAction } from "./user-actions";

/** What the edit form starts from: the account as loaded. */
export type AccountDefaults = Pick<
  ManagedUser,
  "fullName" | "title" | "email" | "phone" | "role" | "unitId" | "unitName" | "officeId"
> & { userId: string };

type Mode = { kind: "create" } | { kind: "edit"; account: AccountDefaults; locked: boolean };

export function UserAccountForm({ mode, choices }: { mode: Mode; choices: readonly ScopeChoice[] }) {
  const t = useTranslations("userAdmin");
  const tRoles = useTranslations("roles");
  const create = mode.kind === "create";
  const account = create ? null : mode.account;
  // One form, two actions (create, save): their answers are read below by mode.
  const { state, pending, formProps, formRef, statusRef, fieldError, dismiss } = useActionForm(
    (create ? createUserAction : updateUserAction) as FormAction<unknown>,
  );
  const [role, setRole] = useState<Role>(account?.role ?? "RECEPTIONIST");
  const [unitId, setUnitId] = useState(account?.unitId ?? choices[0]?.id ?? "");
  // The account's present unit may be out of the choices (a unit no longer in force): keep it selectable.
  const units =
    account && !choices.some((unit) => unit.id === account.unitId)
      ? [...choices, { id: account.unitId, label: account.unitName, offices: [] }]
      : choices;
  const offices = (units.find((unit) => unit.id === unitId)?.offices ?? []).filter((office) =>
    officeFitsRole(role, office.kind),
  );
  const officeRule = ROLE_OFFICE_RULES[role].office;
  const locked = mode.kind === "edit" && mode.locked;

  const text = (
    name: "fullName" | "title" | "email" | "phone",
    label: string,
    props: React.ComponentProps<"input">,
    required = false,
  ) => (
    <Field
      id={`account-${name}`}
      label={label}
      required={required ? t("required") : undefined}
      errors={fieldError(name)}
    >
      {(control) => <Input {...control} name={name} defaultValue={account?.[name] ?? ""} {...props} />}
    </Field>
  );

  const created = create && state?.ok ? (state.data as { username: string; temporaryPassword: string | null }) : null;
  const updated = !create && state?.ok ? (state.data as { changed: string[] }) : null;
  return (
    <form
      {...formProps}
      aria-labelledby="account-form-title"
      className="space-y-4 rounded-lg border border-gray-200 bg-white p-4 shadow-sm"
      data-testid="account-form"
    >
      <h2 id="account-form-title" className="text-lg font-semibold">
        {create ? t("newTitle") : t("editTitle")}
      </h2>
      {create ? null : <p className="text-sm text-muted">{t("editIntro")}</p>}
      <StatusMessage
        ref={statusRef}
        state={state}
        testId="account-form-status"
        success={
          created ? (
            <CreatedNote
              username={created.username}
              password={created.temporaryPassword}
              onAnother={() => {
                formRef.current?.reset();
                dismiss();
              }}
            />
          ) : updated ? (
            updated.changed.length > 0 ? (
              t("saved")
            ) : (
              t("unchanged")
            )
          ) : null
        }
      />
      {account ? <input type="hidden" name="userId" value={account.userId} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {create ? (
          <Field
            id="account-username"
            label={t("username")}
            required={t("required")}
            hint={t("usernameHint")}
            errors={fieldError("username")}
          >
            {(control) => (
              <Input
                {...control}
                name="username"
                required
                maxLength={64}
                autoCapitalize="none"
                autoCorrect="off"
                spellCheck={false}
                autoComplete="off"
              />
            )}
          </Field>
        ) : null}
        {text("fullName", t("fullName"), { required: true, maxLength: 120, autoComplete: "off" }, true)}
        {text("title", t("jobTitle"), { maxLength: 120, autoComplete: "off" })}
        {text("email", t("email"), { type: "email", inputMode: "email", maxLength: 254, autoComplete: "off" })}
        {text("phone", t("phone"), { type: "tel", inputMode: "tel", maxLength: 20, autoComplete: "off" })}
        <Field id="account-role" label={t("role")} required={t("required")} errors={fieldError("role")}>
          {(control) => (
            <Select
              {...control}
              name="role"
              value={role}
              disabled={locked}
              onChange={(event) => setRole(event.target.value as Role)}
            >
              {ROLES.map((value) => (
                <option key={value} value={value}>
                  {tRoles(value)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="account-unit" label={t("unit")} required={t("required")} errors={fieldError("unitId")}>
          {(control) => (
            <Select
              {...control}
              name="unitId"
              value={unitId}
              disabled={locked}
              onChange={(event) => setUnitId(event.target.value)}
            >
              {units.map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field
          id="account-office"
          label={t("office")}
          required={officeRule === "required" ? t("required") : undefined}
          hint={t("officeHint")}
          errors={fieldError("officeId")}
          className="sm:col-span-2"
        >
          {(control) => (
            <Select
              {...control}
              // A new list per unit and role, so the browser does not keep a choice that is no longer offered.
              key={`${unitId}:${role}`}
              name="officeId"
              disabled={locked}
              defaultValue={offices.some((office) => office.id === account?.officeId) ? (account?.officeId ?? "") : ""}
            >
              {officeRule === "required" && offices.length > 0 ? null : <option value="">{t("noOffice")}</option>}
              {offices.map((office) => (
                <option key={office.id} value={office.id}>
                  {office.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {/* A disabled select is not sent: the unchanged role and scope go as hidden fields instead. */}
        {locked && account ? (
          <>
            <input type="hidden" name="role" value={account.role} />
            <input type="hidden" name="unitId" value={account.unitId} />
            <input type="hidden" name="officeId" value={account.officeId ?? ""} />
          </>
        ) : null}
        {create ? (
          <Field
            id="account-initialPassword"
            label={t("initialPassword")}
            hint={t("initialPasswordHint", { min: PASSWORD_MIN_LENGTH })}
            errors={fieldError("initialPassword")}
          >
            {(control) => (
              <Input {...control} name="initialPassword" type="text" autoComplete="new-password" maxLength={128} />
            )}
          </Field>
        ) : null}
      </div>
      {created ? null : (
        <Button type="submit" disabled={pending}>
          {pending ? (create ? t("creating") : t("saving")) : create ? t("create") : t("save")}
        </Button>
      )}
    </form>
  );
}

/** After "Tạo tài khoản": the username, the generated password once, and where to go next. */
function CreatedNote({
  username,
  password,
  onAnother,
}: {
  username: string;
  password: string | null;
  onAnother: () => void;
}) {
  const t = useTranslations("userAdmin");
  return (
    <div data-testid="account-created">
      <p className="font-semibold">{t("created", { username })}</p>
      {password ? (
        <>
          <p className="mt-2">
            {t("temporaryPassword")}:{" "}
            <code className="rounded bg-white px-2 py-1 text-base font-bold" data-testid="temporary-password">
              {password}
            </code>
          </p>
          <p className="mt-2">{t("temporaryPasswordNote")}</p>
        </>
      ) : (
        <p className="mt-2">{t("createdTyped")}</p>
      )}
      <p className="mt-2 flex flex-wrap gap-4">
        <Link href={`/quan-tri/nguoi-dung/${username}`} className="text-blue-800 underline">
          {t("openAccount", { username })}
        </Link>
        <Button variant="secondary" size="sm" onClick={onAnother}>
          {t("createAnother")}
        </Button>
      </p>
    </div>
  );
}
