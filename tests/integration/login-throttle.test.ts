import { beforeAll, describe, expect, it } from "vitest";
import { InvalidCredentialsError, TooManyAttemptsError, verifyCredentials } from "../../src/server/auth/credentials";
import { CLIENT_ADDRESS_HEADER } from "../../src/server/client-address";
import { accountPauseSeconds } from "../../src/server/rate-limit";
import { useTestDb } from "../support/db";
import { createTestWorld, TEST_PASSWORD, type TestWorld } from "../support/fixtures";

// The web server (src/tooling/web-server.ts) settles the client's address into CLIENT_ADDRESS_HEADER on every request.
const fromAddress = (address: string) => new Headers({ [CLIENT_ADDRESS_HEADER]: address });

/** The error of a refused attempt, to look at its reason and minutes. */
async function refusal(attempt: Promise<unknown>): Promise<unknown> {
  try {
    await attempt;
  } catch (error) {
    return error;
  }
  throw new Error("the attempt was not refused");
}

describe("staff login (argon2id, throttled without locking the rightful user out, audited)", () => {
  const db = useTestDb();
  let world: TestWorld;
  beforeAll(async () => {
    world = await createTestWorld(db);
  });

  it("signs in with the right password and carries role, unit and office", async () => {
    const user = await verifyCredentials(
      { username: world.users.officer.username, password: TEST_PASSWORD },
      fromAddress("10.0.0.1"),
    );
    expect(user).toMatchObject({
      id: world.users.officer.id,
      role: "OFFICER",
      unitId: world.ward.id,
      officeId: world.offices.justice.id,
    });
    expect(await db.auditEntry.count({ where: { actorId: world.users.officer.id, action: "auth.accept_login" } })).toBe(
      1,
    );
  });

  it("accepts the username in any letter case", async () => {
    const user = await verifyCredentials(
      { username: world.users.head.username.toUpperCase(), password: TEST_PASSWORD },
      fromAddress("10.0.0.2"),
    );
    expect(user.id).toBe(world.users.head.id);
  });

  it("gives the same error for a wrong password and an unknown user", async () => {
    await expect(
      verifyCredentials({ username: world.users.leader.username, password: "sai" }, fromAddress("10.0.0.3")),
    ).rejects.toBeInstanceOf(InvalidCredentialsError);
    await expect(
      verifyCredentials({ username: "khong-ton-tai", password: "sai" }, fromAddress("10.0.0.3")),
    ).rejects.toBeInstanceOf(InvalidCredentialsError);
  });

  it("refuses a deactivated account even with the right password", async () => {
    await db.user.update({ where: { id: world.users.secondOfficer.id }, data: { active: false } });
    await expect(
      verifyCredentials(
        { username: world.users.secondOfficer.username, password: TEST_PASSWORD },
        fromAddress("10.0.0.4"),
      ),
    ).rejects.toBeInstanceOf(InvalidCredentialsError);
  });

  it("refuses an account from an address after 5 failures there, while its owner elsewhere still signs in", async () => {
    const username = world.users.receptionist.username;
    const attacker = fromAddress("10.1.0.1");
    for (let attempt = 1; attempt <= 12; attempt++) {
      await expect(
        verifyCredentials({ username, password: `sai-${attempt}` }, attacker),
        `attempt ${attempt}`,
      ).rejects.toBeInstanceOf(attempt <= 5 ? InvalidCredentialsError : TooManyAttemptsError);
    }
    // The attacker's address stays refused even with the right password, and is told for how long.
    const refused = await refusal(verifyCredentials({ username, password: TEST_PASSWORD }, attacker));
    expect(refused).toBeInstanceOf(TooManyAttemptsError);
    expect(refused).toMatchObject({ reason: "address", retryAfterMinutes: 15 });
    // The rightful user from another address is not locked out.
    const user = await verifyCredentials({ username, password: TEST_PASSWORD }, fromAddress("10.1.0.99"));
    expect(user.id).toBe(world.users.receptionist.id);
    expect(
      await db.auditEntry.count({ where: { action: "auth.reject_login", actorId: world.users.receptionist.id } }),
    ).toBe(5);
    expect(await db.auditEntry.count({ where: { action: "auth.throttle_login", ip: "10.1.0.1" } })).toBe(8);
  });

  it("pauses an account briefly after 10 failures from many addresses, except where it signed in before", async () => {
    const username = world.users.admin.username;
    const usual = fromAddress("10.3.0.200");
    await verifyCredentials({ username, password: TEST_PASSWORD }, usual);
    // A guesser spread over 10 addresses, one try each: no address limit is reached…
    for (let attempt = 1; attempt <= 10; attempt++) {
      await expect(
        verifyCredentials({ username, password: `sai-${attempt}` }, fromAddress(`10.3.0.${attempt}`)),
      ).rejects.toBeInstanceOf(InvalidCredentialsError);
    }
    // …but the account now pauses: a new address is refused for a short while and told so…
    const paused = await refusal(verifyCredentials({ username, password: TEST_PASSWORD }, fromAddress("10.3.0.50")));
    expect(paused).toBeInstanceOf(TooManyAttemptsError);
    expect(paused).toMatchObject({ reason: "account", retryAfterMinutes: 1 });
    // …while the address it signed in from before still gets in.
    expect((await verifyCredentials({ username, password: TEST_PASSWORD }, usual)).id).toBe(world.users.admin.id);
  });

  it("makes each further pause of an account twice as long, up to 15 minutes", () => {
    expect([9, 10, 11, 12, 13, 14, 15, 40].map(accountPauseSeconds)).toEqual([0, 30, 60, 120, 240, 480, 900, 900]);
  });

  it("blocks an address after 30 failures across accounts", async () => {
    const address = "10.2.0.1";
    for (let attempt = 1; attempt <= 30; attempt++) {
      await expect(
        verifyCredentials({ username: `nguoi-doan-${attempt}`, password: "sai" }, fromAddress(address)),
      ).rejects.toBeInstanceOf(InvalidCredentialsError);
    }
    await expect(
      verifyCredentials({ username: world.users.landOfficer.username, password: TEST_PASSWORD }, fromAddress(address)),
    ).rejects.toBeInstanceOf(TooManyAttemptsError);
    // the same account from another address is not affected
    const user = await verifyCredentials(
      { username: world.users.landOfficer.username, password: TEST_PASSWORD },
      fromAddress("10.2.0.2"),
    );
    expect(user.id).toBe(world.users.landOfficer.id);
  });
});
