import { describe, expect, it } from "vitest";
import {
  citizenStatus,
  citizenStatusText,
  maskApplicantName,
  maskOrganisationName,
  maskPersonName,
} from "./public-view";
import { DOSSIER_STATUSES, PROCESSING_STEPS } from "@/domain/dossier/types";

describe("maskPersonName", () => {
  it.each([
    ["Nguyễn Văn An", "Nguyễn V** A*"],
    ["Trần Thị Ngọc Ánh", "Trần T** N*** Á**"],
    ["  Lê   Minh  ", "Lê M***"],
    ["Đặng Đức Bảo", "Đặng Đ** B**"],
    ["Hà Y", "Hà Y*"],
    ["Phạm", "P***"],
    ["", ""],
  ])("%j → %j", (name, masked) => {
    expect(maskPersonName(name)).toBe(masked);
  });

  it("masks a name typed with combining accents (NFD) like the precomposed one", () => {
    const nfd = "Nguyễn Văn Ánh".normalize("NFD");
    expect(maskPersonName(nfd)).toBe("Nguyễn V** Á**");
    expect(maskPersonName(nfd)).toBe(maskPersonName("Nguyễn Văn Ánh"));
    expect(maskPersonName(nfd).normalize("NFC")).toBe(maskPersonName(nfd));
  });
});

describe("maskOrganisationName", () => {
  it.each([
    ["Công ty TNHH Thương mại Hoàng Long", "Công ty TNHH T***** m** H**** L***"],
    ["công ty cổ phần Xây dựng số 1", "công ty cổ phần X** d*** s* 1*"],
    ["Doanh nghiệp tư nhân Nguyễn Văn An", "Doanh nghiệp tư nhân N***** V** A*"],
    ["Hợp tác xã Nông nghiệp Tân Tiến", "Hợp tác xã N*** n***** T** T***"],
    ["Minh Phát", "M*** P***"],
    ["Công ty", "Công ty"],
  ])("%j → %j", (name, masked) => {
    expect(maskOrganisationName(name)).toBe(masked);
  });

  it("maskApplicantName picks by applicant kind", () => {
    expect(maskApplicantName("CITIZEN", "Nguyễn Văn An")).toBe("Nguyễn V** A*");
    expect(maskApplicantName("ORGANISATION", "Công ty TNHH An Bình")).toBe("Công ty TNHH A* B***");
  });
});

describe("citizenStatusText", () => {
  it("asks politely for the supplement", () => {
    const text = citizenStatusText("WAITING_SUPPLEMENT", null);
    expect(text.startsWith("Hồ sơ cần bổ sung giấy tờ. Xin ông/bà vui lòng bổ sung theo phiếu yêu cầu")).toBe(true);
    expect(citizenStatus("WAITING_SUPPLEMENT", null).actionNeeded).toBe(true);
  });

  it("a supplement asked at online intake pauses nothing: the deadline starts at receipt (Nghị định 61/2018 Art. 19)", () => {
    const text = citizenStatusText("WAITING_SUPPLEMENT", null, { received: false });
    expect(text).toContain("trước khi được tiếp nhận");
    expect(text).not.toContain("tạm dừng");
    expect(citizenStatus("WAITING_SUPPLEMENT", null, { received: false }).actionNeeded).toBe(true);
  });

  it("explains a verification pause", () => {
    expect(citizenStatusText("IN_PROCESSING", "HANDLING", { openPauseKind: "VERIFICATION" })).toContain("xác minh");
    expect(citizenStatusText("IN_PROCESSING", "HANDLING")).not.toContain("xác minh");
  });

  it("apologises when the dossier is refused or stopped, and thanks when it is returned", () => {
    expect(citizenStatusText("REFUSED", null)).toMatch(/^Xin lỗi ông\/bà/);
    expect(citizenStatusText("STOPPED", null)).toMatch(/^Xin lỗi ông\/bà/);
    expect(citizenStatusText("RETURNED", null)).toContain("Xin cảm ơn");
  });

  it("has a polite, non-empty text for every status and step, addressing the applicant as ông/bà", () => {
    for (const status of DOSSIER_STATUSES) {
      for (const step of status === "IN_PROCESSING" ? PROCESSING_STEPS : [null]) {
        const view = citizenStatus(status, step);
        expect(view.title.length).toBeGreaterThan(3);
        expect(view.text).toContain("ông/bà");
        expect(view.text).toMatch(/Xin|xin/);
      }
    }
  });

  it("says when the applicant must act", () => {
    const acting = DOSSIER_STATUSES.filter((s) => citizenStatus(s, null).actionNeeded);
    expect(acting).toEqual(["WAITING_SUPPLEMENT", "WAITING_FINANCIAL", "RESULT_READY"]);
  });
});
