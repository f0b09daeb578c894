// The citizen's public view of a dossier (tra cứu hồ sơ): what the tracking page and public messages may show and
// nothing more. The look-up input and its second factor, the masked applicant name and plain-language status, the
// public timeline filtered from the staff history, and the serialisable view the data layer builds field by field.
// Pure TypeScript, safe on server and client.
export * from "./lookup-input";
export * from "./public-view";
export * from "./public-timeline";
export * from "./view-model";
