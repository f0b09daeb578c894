// Draws any DocumentSpec as print-ready HTML: national header, bold capital title, blocks, signatures. Pure markup
// (no hooks, no async), so it renders in server components and in renderToStaticMarkup alike.
import { Fragment } from "react";
import { formatDocumentDate } from "@/lib/dates";
import { headerFontSize, splitHeaderLine } from "@/domain/documents/format";
import {
  groupColumns,
  type Block,
  type DocumentHeader,
  type DocumentSpec,
  type Signature,
  type TableColumn,
  type Text,
} from "@/domain/documents/spec";

function RichText({ text }: { text: Text }) {
  if (typeof text === "string") return <>{text}</>;
  return (
    <>
      {text.map((run, index) =>
        run.bold || run.italic ? (
          <span key={index} className={`${run.bold ? "font-bold" : ""} ${run.italic ? "italic" : ""}`}>
            {run.text}
          </span>
        ) : (
          <Fragment key={index}>{run.text}</Fragment>
        ),
      )}
    </>
  );
}

/** Agency top left, the national motto top right, the dateline under it in italics. */
export function NationalHeader({ header, fontSize }: { header: DocumentHeader; fontSize: number }) {
  return (
    <header style={{ fontSize: `${fontSize}pt` }} className="relative mb-[1em] leading-snug">
      {/* In the top margin, as printed forms carry it, so it takes no line of the body. */}
      {header.formNumber ? <p className="absolute right-0 top-[-7mm] italic">{header.formNumber}</p> : null}
      <div className="grid grid-cols-[42%_58%] items-start text-center">
        <div>
          <p className="uppercase">{header.agency}</p>
          <p className="font-bold uppercase">
            <span className="inline-block border-b border-black pb-[1px]">
              {splitHeaderLine(header.division).map((line, index) => (
                <Fragment key={line}>
                  {index > 0 ? <br /> : null}
                  {line}
                </Fragment>
              ))}
            </span>
          </p>
          {header.reference ? <p className="mt-[0.6em]">{header.reference}</p> : null}
        </div>
        <div>
          <p className="whitespace-nowrap font-bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
          <p className="font-bold">
            <span className="inline-block border-b border-black pb-[1px]">Độc lập - Tự do - Hạnh phúc</span>
          </p>
          {header.date ? (
            <p className="mt-[0.6em] italic">
              {header.place}, {formatDocumentDate(header.date)}
            </p>
          ) : null}
        </div>
      </div>
    </header>
  );
}

export function SignatureRow({ items }: { items: readonly Signature[] }) {
  return (
    <div className={`mt-[1em] flex break-inside-avoid ${items.length > 1 ? "justify-between" : "justify-end"}`}>
      {items.map((item) => (
        <div key={item.title} className="w-[48%] text-center">
          <p className="font-bold">{item.title}</p>
          {item.subtitle ? <p className="font-bold">{item.subtitle}</p> : null}
          {item.note ? <p className="text-[0.9em] italic">{item.note}</p> : null}
          <div className="h-[3.5em]" />
          {item.name ? <p className="font-bold">{item.name}</p> : null}
        </div>
      ))}
    </div>
  );
}

function Table({
  columns,
  rows,
  emptyText,
}: {
  columns: readonly TableColumn[];
  rows: readonly (readonly string[])[];
  emptyText?: string;
}) {
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  const groups = groupColumns(columns);
  const grouped = groups.some((group) => group.group !== null);
  const cell = "border border-black px-[0.3em] py-[0.2em] align-top";
  return (
    <table className="my-[0.5em] w-full table-fixed border-collapse text-[0.92em] leading-snug">
      <colgroup>
        {columns.map((column, index) => (
          <col key={index} style={{ width: `${(100 * column.width) / total}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {groups.map((group) =>
            group.group === null ? (
              group.columns.map(({ column, index }) => (
                <th key={index} rowSpan={grouped ? 2 : 1} className={`${cell} text-center align-middle font-bold`}>
                  {column.header}
                </th>
              ))
            ) : (
              <th key={group.group} colSpan={group.columns.length} className={`${cell} text-center font-bold`}>
                {group.group}
              </th>
            ),
          )}
        </tr>
        {grouped ? (
          <tr>
            {groups
              .filter((group) => group.group !== null)
              .flatMap((group) => group.columns)
              .map(({ column, index }) => (
                <th key={index} className={`${cell} text-center font-bold`}>
                  {column.header}
                </th>
              ))}
          </tr>
        ) : null}
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={columns.length} className={`${cell} text-center italic`}>
              {emptyText}
            </td>
          </tr>
        ) : (
          rows.map((row, rowIndex) => (
            <tr key={rowIndex} className="break-inside-avoid">
              {columns.map((column, index) => (
                <td
                  key={index}
                  className={`${cell} ${column.nowrap ? "whitespace-nowrap" : "whitespace-pre-line break-words"} ${column.align === "center" ? "text-center" : ""}`}
                >
                  {row[index] ?? ""}
                </td>
              ))}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

function BlockHtml({ block }: { block: Block }) {
  switch (block.kind) {
    case "paragraph":
      return (
        <p
          className={`whitespace-pre-wrap ${block.align === "center" ? "text-center" : block.indent ? "text-justify" : "text-left"} ${block.italic ? "italic" : ""} ${block.indent ? "indent-[1.5em]" : ""}`}
        >
          <RichText text={block.text} />
        </p>
      );
    case "field":
      return (
        <div>
          <p>
            {block.label}:{" "}
            <span className="font-bold">
              <RichText text={block.value} />
            </span>
          </p>
          {block.note ? <p className="pl-[1.5em] text-[0.88em] italic">({block.note})</p> : null}
        </div>
      );
    case "list":
      return (
        <ol className="list-decimal pl-[2.2em]">
          {block.items.map((item, index) => (
            <li key={index}>
              <RichText text={item} />
            </li>
          ))}
        </ol>
      );
    case "table":
      return <Table columns={block.columns} rows={block.rows} emptyText={block.emptyText} />;
    case "code":
      return (
        <p className="my-[0.4em] text-center">
          {block.label}: <span className="text-[1.6em] font-bold tracking-wide">{block.code}</span>
        </p>
      );
    case "qr":
      return (
        <div className="flex break-inside-avoid items-start gap-[0.8em]">
          <div className="min-w-0 flex-1 space-y-[0.25em]">
            {block.beside.map((inner, index) => (
              <BlockHtml key={index} block={inner} />
            ))}
          </div>
          <div className="w-[24mm] shrink-0 text-center text-[0.85em] leading-tight">
            {/* qrcode's own SVG markup, generated from our URL: no user HTML reaches it. */}
            <div
              className="h-[24mm] w-[24mm] [&>svg]:h-full [&>svg]:w-full"
              role="img"
              aria-label={`Mã QR tra cứu hồ sơ: ${block.url}`}
              dangerouslySetInnerHTML={{ __html: block.svg }}
            />
            {block.caption.map((line, index) => (
              <p key={index}>
                <RichText text={line} />
              </p>
            ))}
          </div>
        </div>
      );
    case "signatures":
      return <SignatureRow items={block.items} />;
  }
}

/** Every sheet of the document; later sheets (the book) break onto new pages and repeat only the table header. */
export function DocumentHtml({ spec }: { spec: DocumentSpec }) {
  return (
    <div className="font-serif text-black" style={{ fontSize: `${spec.format.fontSize}pt`, lineHeight: 1.3 }}>
      {spec.sheets.map((blocks, index) => (
        <section key={index} className="document-sheet relative space-y-[0.25em]">
          {spec.draftMark ? (
            // Across the sheet, behind nothing: a draft can never pass for the signed paper, on screen or printed.
            <p
              className="pointer-events-none absolute inset-0 z-10 flex select-none items-center justify-center"
              data-draft-mark
            >
              <span className="-rotate-30 rounded border-[0.12em] border-red-700/40 px-[0.3em] text-[4em] font-bold tracking-widest text-red-700/30">
                {spec.draftMark}
              </span>
            </p>
          ) : null}
          {index === 0 ? (
            <>
              <NationalHeader header={spec.header} fontSize={headerFontSize(spec.format)} />
              <h1 className="text-center text-[1.12em] font-bold">{spec.heading}</h1>
              {spec.subheading?.map((line, lineIndex) => (
                <p key={lineIndex} className="text-center italic">
                  <RichText text={line} />
                </p>
              ))}
              <div className="h-[0.5em]" />
            </>
          ) : null}
          {blocks.map((block, blockIndex) => (
            <BlockHtml key={blockIndex} block={block} />
          ))}
        </section>
      ))}
    </div>
  );
}
