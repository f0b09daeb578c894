import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { redactPersonalData } from "./redact";
import { createSmtpProvider, messageIdFor } from "./smtp";
import { DeliveryError } from "./types";

const message = {
  notificationId: "ntf_42",
  channel: "EMAIL" as const,
  recipient: "binh@example.com",
  subject: "Hồ sơ đã có kết quả",
  body: "Xin cảm ơn ông/bà.",
};

describe("SMTP provider", () => {
  it("sets the Message-ID from the notification id, so a resend can be deduplicated", async () => {
    const transport = nodemailer.createTransport({ jsonTransport: true });
    const from = "Bộ phận Một cửa <motcua@sontay.gov.vn>";
    const sent: string[] = [];
    const spy = {
      ...transport,
      sendMail: async (mail: nodemailer.SendMailOptions) => {
        const info = (await transport.sendMail(mail)) as { message: string };
        sent.push(info.message);
        return info;
      },
    } as unknown as nodemailer.Transporter;
    const provider = createSmtpProvider({ from, transport: spy });
    const result = await provider.send(message);
    expect(result.providerMessageId).toBe("<notification.ntf_42@sontay.gov.vn>");
    expect(messageIdFor("ntf_42", from)).toBe(result.providerMessageId);
    const mail = JSON.parse(sent[0]!) as {
      messageId: string;
      subject: string;
      text: string;
      to: { address: string }[];
    };
    expect(mail).toMatchObject({
      messageId: "<notification.ntf_42@sontay.gov.vn>",
      subject: "Hồ sơ đã có kết quả",
      text: "Xin cảm ơn ông/bà.",
    });
    expect(mail.to[0]!.address).toBe("binh@example.com");
  });

  it("classifies SMTP replies: 5xx permanent, 4xx and connection errors retryable; no address in the error", async () => {
    const failing = (error: object) =>
      createSmtpProvider({
        from: "a@b.vn",
        transport: {
          sendMail: () => Promise.reject(Object.assign(new Error("550 5.1.1 <binh@example.com>: user unknown"), error)),
        } as unknown as nodemailer.Transporter,
      });
    const permanent = await failing({ responseCode: 550 })
      .send(message)
      .catch((error: DeliveryError) => error);
    expect(permanent).toBeInstanceOf(DeliveryError);
    expect((permanent as DeliveryError).retryable).toBe(false);
    expect((permanent as DeliveryError).message).not.toContain("binh@example.com");
    const transient = await failing({ responseCode: 421 })
      .send(message)
      .catch((error: DeliveryError) => error);
    expect((transient as DeliveryError).retryable).toBe(true);
    const network = await failing({ code: "ECONNECTION" })
      .send(message)
      .catch((error: DeliveryError) => error);
    expect((network as DeliveryError).retryable).toBe(true);
  });

  it("redacts addresses and phone numbers", () => {
    expect(redactPersonalData("to trần.bình@example.com.vn and +84 987 654 321")).toBe("to <email> and <number>");
  });
});
