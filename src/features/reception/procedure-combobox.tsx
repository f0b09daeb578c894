"use client";
// The procedure search of the desk: an ARIA 1.2 combobox (list autocomplete, first option highlighted) with
// aria-activedescendant, so focus stays in the input while ↑/↓ move through the results and Enter chooses.
import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { ProcedureOption } from "@/server/data/reception";
import { MIN_QUERY_LENGTH, foldVietnamese } from "@/lib/vietnamese-text";

interface Props {
  /** Called with the chosen procedure, or null when the receptionist types a new search. */
  onChoose: (procedure: ProcedureOption | null) => void;
  error?: string[];
  errorId: string;
}

type Results = { query: string; options: ProcedureOption[] } | null;

export function ProcedureCombobox({ onChoose, error, errorId }: Props) {
  const t = useTranslations("reception.intake");
  const id = useId();
  const inputId = "procedureSearch";
  const listId = `${id}-listbox`;
  const hintId = `${id}-hint`;
  const statusId = `${id}-status`;
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<Results>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [failed, setFailed] = useState(false);
  const [chosen, setChosen] = useState<ProcedureOption | null>(null);
  /** Enter pressed before the results of the current text arrived: choose the first one when they do. */
  const enterPending = useRef(false);

  const searchable = foldVietnamese(query).length >= MIN_QUERY_LENGTH && !chosen;
  const current = results && results.query === query ? results : null;
  const options = current?.options ?? [];

  function choose(option: ProcedureOption) {
    enterPending.current = false;
    setChosen(option);
    setQuery(`${option.code} · ${option.name}`);
    setOpen(false);
    setActive(-1);
    onChoose(option);
  }

  useEffect(() => {
    if (!searchable) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/thu-tuc/tim?q=${encodeURIComponent(query)}`, {
          signal: controller.signal,
          headers: { accept: "application/json" },
        });
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { results: ProcedureOption[] };
        setFailed(false);
        setResults({ query, options: body.results });
        setActive(body.results.length > 0 ? 0 : -1);
        const first = body.results[0];
        if (enterPending.current && first) choose(first);
      } catch (caught) {
        if (!controller.signal.aborted) {
          console.error(caught);
          setFailed(true);
        }
      }
    }, 120);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // choose/onChoose are stable enough for this effect: it must rerun only when the text changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, searchable]);

  const expanded = open && searchable && current !== null && options.length > 0;

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        setOpen(true);
        if (options.length > 0) setActive((index) => (index + 1) % options.length);
        break;
      case "ArrowUp":
        event.preventDefault();
        setOpen(true);
        if (options.length > 0) setActive((index) => (index <= 0 ? options.length - 1 : index - 1));
        break;
      case "Enter": {
        // Never submit the whole form from the search box.
        event.preventDefault();
        const option = options[active] ?? options[0];
        if (current && option) choose(option);
        else if (searchable) enterPending.current = true;
        break;
      }
      case "Escape":
        if (expanded) {
          event.preventDefault();
          setOpen(false);
        }
        break;
    }
  }

  const statusText = !searchable
    ? ""
    : failed
      ? t("searchError")
      : current
        ? t("searchResults", { count: options.length })
        : t("searching");

  return (
    <div className="relative">
      <label htmlFor={inputId} className="block font-semibold">
        {t("searchLabel")}
      </label>
      <p id={hintId} className="mt-0.5 text-sm text-muted">
        {t("searchHint")}
      </p>
      <input
        id={inputId}
        type="text"
        role="combobox"
        autoFocus
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
        aria-describedby={[hintId, error?.length ? errorId : null].filter(Boolean).join(" ")}
        aria-invalid={error?.length ? true : undefined}
        placeholder={t("searchPlaceholder")}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          enterPending.current = false;
          if (chosen) {
            setChosen(null);
            onChoose(null);
          }
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        className="mt-1 w-full rounded-md border border-gray-400 px-3 py-2 text-base aria-invalid:border-red-700"
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t("listLabel")}
        hidden={!expanded}
        className="absolute z-20 mt-1 max-h-80 w-full overflow-y-auto rounded-md border border-gray-300 bg-white py-1 shadow-lg"
      >
        {options.map((option, index) => (
          <li
            key={option.id}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === active}
            // Keep focus in the input: the click chooses without blurring first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
            onMouseMove={() => setActive(index)}
            className={`cursor-pointer px-3 py-2 ${index === active ? "bg-blue-100 outline-2 outline-blue-600 -outline-offset-2" : ""}`}
          >
            <span className="font-semibold">{option.name}</span>
            <span className="block text-sm text-muted">
              {option.code} · {option.fieldName}
            </span>
          </li>
        ))}
      </ul>
      <p id={statusId} role="status" className="sr-only">
        {statusText}
      </p>
      {searchable && current && options.length === 0 ? <p className="mt-1 text-sm text-muted">{statusText}</p> : null}
      <div id={errorId} aria-live="polite">
        {error?.map((message) => (
          <p key={message} className="mt-1 text-sm text-red-800">
            {message}
          </p>
        ))}
      </div>
    </div>
  );
}
