// Server parts of the counter tablet on staff pages: the tablets of a unit's counters (administrator) and the
// receptionist's counter on the desk home.
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/dates";
import type { SessionUser } from "@/server/auth/session-user";
import { currentSeat, deskCounters, listUnitTablets } from "@/server/counter-tablet";
import { DataTable, RowHeader, tdClass } from "@/ui/data-table";
import { Section } from "@/ui/section";
import { CounterSeatForm, CreatePairingForm, RevokeTabletButton } from "./staff-forms";

type CounterOfUnit = { id: string; number: number; name: string; active: boolean };

/** /quan-tri/don-vi/[code]: each active counter's tablets, a pairing code, revocation. */
export async function CounterTabletsSection({ unitId, counters }: { unitId: string; counters: CounterOfUnit[] }) {
  const [t, tablets] = await Promise.all([getTranslations("counterTablet.admin"), listUnitTablets(unitId)]);
  const when = (value: Date | null) => (value ? formatDateTime(value) : "—");
  return (
    <Section title={t("title")} id="counter-tablets">
      <p className="mb-4 max-w-3xl text-sm text-muted">{t("intro")}</p>
      <div className="grid gap-6">
        {counters
          .filter((counter) => counter.active)
          .map((counter) => {
            const own = tablets.filter((tablet) => tablet.counterId === counter.id);
            return (
              <div key={counter.id} data-testid={`counter-tablets-${counter.number}`}>
                <h3 className="font-semibold">{t("counter", { number: counter.number, name: counter.name })}</h3>
                <div className="mt-2">
                  <DataTable
                    caption={t("caption", { number: counter.number })}
                    captionHidden
                    columns={[
                      t("colLabel"),
                      t("colState"),
                      t("colPaired"),
                      t("colLastSeen"),
                      { header: t("colAction"), hidden: true },
                    ]}
                    empty={own.length === 0 ? t("none") : undefined}
                  >
                    {own.map((tablet) => (
                      <tr key={tablet.id}>
                        <RowHeader>{tablet.label}</RowHeader>
                        <td className={tdClass}>{t(`state.${tablet.state}`)}</td>
                        <td className={tdClass}>{when(tablet.pairedAt)}</td>
                        <td className={tdClass}>{when(tablet.lastSeenAt)}</td>
                        <td className={tdClass}>
                          {tablet.state === "REVOKED" ? null : (
                            <RevokeTabletButton tabletId={tablet.id} label={tablet.label} />
                          )}
                        </td>
                      </tr>
                    ))}
                  </DataTable>
                </div>
                <div className="mt-3">
                  <CreatePairingForm counterId={counter.id} counterNumber={counter.number} />
                </div>
              </div>
            );
          })}
      </div>
    </Section>
  );
}

/** /tiep-nhan: the counter the receptionist sits at (the tablet there rates their dossiers). */
export async function DeskCounterSeat({ user }: { user: SessionUser }) {
  const [t, counters, seat] = await Promise.all([
    getTranslations("counterTablet.seat"),
    deskCounters(user),
    currentSeat(user.id),
  ]);
  if (counters.length === 0) return <p className="text-sm text-muted">{t("noCounters")}</p>;
  const label = (counter: (typeof counters)[number]) =>
    `${counters.some((other) => other.office.code !== counter.office.code) ? `${counter.office.name} — ` : ""}${t("counter")} ${counter.number}: ${counter.name}`;
  return (
    <div className="mb-6 grid gap-2">
      <p className="text-sm" data-testid="counter-seat-current">
        {seat
          ? t("current", { number: seat.counter.number, name: seat.counter.name, time: formatDateTime(seat.startedAt) })
          : t("noSeat")}
      </p>
      <CounterSeatForm
        counters={counters.map((counter) => ({ id: counter.id, label: label(counter) }))}
        currentId={seat?.counter.id ?? null}
      />
    </div>
  );
}
