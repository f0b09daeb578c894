"use client";
import { useEffect } from "react";

/**
 * The print page's CSS (its @page size) as a constructed stylesheet. The server also sends it in a <style> with the
 * request's CSP nonce, but a page reached by a client-side link (the staff menu) arrives with another request's nonce,
 * and the browser refuses that <style>: the book would print portrait. A constructed sheet is not subject to the
 * style-src nonce, and it is removed when the page is left.
 */
export function PageStyle({ css }: { css: string }) {
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  }, [css]);
  return null;
}
