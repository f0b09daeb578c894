import "@fontsource/noto-serif/400.css";
import "@fontsource/noto-serif/400-italic.css";
import "@fontsource/noto-serif/700.css";
import "@fontsource/noto-serif/700-italic.css";
import { requireUser } from "@/server/auth/guard";

// Printable documents: a plain white page without the staff navigation, for signed-in staff only.
export default async function PrintLayout({ children }: { children: React.ReactNode }) {
  await requireUser();
  return <div className="min-h-screen bg-gray-100 print:bg-white">{children}</div>;
}
