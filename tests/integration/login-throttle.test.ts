import { beforeAll, describe, expect, it } from "vitest";
import { InvalidCredentialsError, TooManyAttemptsError, verifyCredentials } from "../../src/server/auth/credentials";
import { useTestDb } from "../support/db";
import { createTestWorld, TEST_PASSWORD, type TestWorld } from "../support/fixtures";

const fromAddress = (address: string) => new Headers({ "x-forwarded-for": address });

describe("staff login (argon2id, throttled per account and per address, audited)", () => {
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

  it("blocks an account after 5 failures in 15 minutes, even with the right password, from any address", async () => {
    const username = world.users.receptionist.username;
    for (let attempt = 1; attempt <= 6; attempt++) {
      await expect(
        verifyCredentials({ username, password: `sai-${attempt}` }, fromAddress(`10.1.0.${attempt}`)),
      ).rejects.toBeInstanceOf(attempt <= 5 ? InvalidCredentialsError : TooManyAttemptsError);
    }
    await expect(
      verifyCredentials({ username, password: TEST_PASSWORD }, fromAddress("10.1.0.99")),
    ).rejects.toBeInstanceOf(TooManyAttemptsError);
    expect(
      await db.auditEntry.count({ where: { action: "auth.reject_login", actorId: world.users.receptionist.id } }),
    ).toBe(5);
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
