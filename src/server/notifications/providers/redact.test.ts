import { describe, expect, it } from "vitest";
import { HIDDEN_TRACKING_KEY, maskEmail, maskMessageBody, maskPhone, maskRecipient } from "./redact";

describe("masking recipients and message texts", () => {
  it("keeps enough of a recipient to tell two apart, not to write to them", () => {
    expect(maskPhone("0987654321")).toBe("09******21");
    expect(maskPhone("123")).toBe("***");
    expect(maskEmail("binh.tran@example.com")).toBe("b***@example.com");
    expect(maskRecipient("EMAIL", "an@sontay.gov.vn")).toBe("a***@sontay.gov.vn");
    expect(maskRecipient("SMS", "+84987654321")).toBe("+8********21");
  });

  it("hides tracking keys in links and written out, masks phones and e-mails, keeps dossier codes and dates", () => {
    const text = [
      "Hồ sơ W1A2B3-260423-0001 đã được tiếp nhận, hẹn trả 04/05/2026.",
      "Tra cứu: https://motcua.example.vn/tra-cuu?ma=W1A2B3-260423-0001&xac-thuc=K7Q2-M9XD",
      "Mã tra cứu: K7Q2-M9XD. Or: K7Q2M9XD.",
      "Liên hệ 0912 345 678, +84 912.345.678 hoặc nhung@example.vn",
    ].join("\n");
    const masked = maskMessageBody(text);
    for (const secret of ["K7Q2-M9XD", "K7Q2M9XD", "0912 345 678", "912.345.678", "nhung@example.vn"])
      expect(masked).not.toContain(secret);
    expect(masked).toContain(`xac-thuc=${HIDDEN_TRACKING_KEY}`);
    expect(masked).toContain(`Mã tra cứu: ${HIDDEN_TRACKING_KEY}.`);
    expect(masked).toContain("W1A2B3-260423-0001 đã được tiếp nhận, hẹn trả 04/05/2026.");
    expect(masked).toContain("ma=W1A2B3-260423-0001&");
    expect(masked).toContain("n***@example.vn");
    expect(masked).toContain("09******78");
  });
});
