/** The counter tablet: full screen, no menus (the citizen only rates). */
export default function KioskLayout({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" className="mx-auto min-h-screen w-full max-w-5xl bg-gray-50">
      {children}
    </main>
  );
}
