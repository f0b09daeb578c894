"use client";
// Where a postal receiver lives on the two-level map (1/7/2025): the province (one of the 34) and the commune — a
// list for the provinces we carry (Hà Nội), free text elsewhere. Shared by the desk's intake form and the citizen's
// online delivery step; each form names its fields "receiverProvince" / "receiverCommune" and brings its labels.
import { useState } from "react";
import { COMMUNES_BY_PROVINCE, DEMO_PROVINCE_CODE, PROVINCES } from "@/domain/postal";
import { Field, Input, Select } from "@/ui/form";

export interface ProvinceCommuneLabels {
  province: string;
  commune: string;
  chooseCommune: string;
  communeFreeText: string;
}

type FieldProps = (key: "receiverProvince" | "receiverCommune") => {
  id: string;
  errorId?: string;
  errors?: readonly string[];
};

export function ProvinceCommuneFields({
  labels,
  field,
  defaultProvince,
  defaultCommune,
}: {
  labels: ProvinceCommuneLabels;
  field: FieldProps;
  defaultProvince?: string;
  defaultCommune?: string;
}) {
  const [province, setProvince] = useState(defaultProvince || DEMO_PROVINCE_CODE);
  const communes = COMMUNES_BY_PROVINCE[province];
  // The saved commune belongs to the saved province only.
  const commune = province === defaultProvince ? (defaultCommune ?? "") : "";
  return (
    <>
      <Field {...field("receiverProvince")} label={labels.province}>
        {(control) => (
          <Select
            {...control}
            name="receiverProvince"
            value={province}
            onChange={(event) => setProvince(event.target.value)}
          >
            {PROVINCES.map((option) => (
              <option key={option.code} value={option.code}>
                {option.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field {...field("receiverCommune")} label={labels.commune} hint={communes ? undefined : labels.communeFreeText}>
        {(control) =>
          communes ? (
            <Select {...control} key={province} name="receiverCommune" defaultValue={commune}>
              <option value="">{labels.chooseCommune}</option>
              {communes.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.name}
                </option>
              ))}
            </Select>
          ) : (
            <Input {...control} key={province} name="receiverCommune" autoComplete="off" defaultValue={commune} />
          )
        }
      </Field>
    </>
  );
}
