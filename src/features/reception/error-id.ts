// The reception desk names each error block after its field key, "err-<key>" (the e2e suite and the combobox rely
// on it); the block itself is the kit's FieldError.

/** The id of a field's error block: "documents.0.count" → "err-documents-0-count". */
export const errorIdOf = (key: string) => `err-${key.replaceAll(".", "-")}`;
