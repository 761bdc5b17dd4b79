import { describe, expect, it } from "vitest";
import { generateMode } from "./mode.js";

describe("generate mode", () => {
  it("verifies in CI and writes elsewhere", () => {
    expect(generateMode({ CI: "true" })).toBe("verify");
    expect(generateMode({ CI: "1" })).toBe("verify");
    expect(generateMode({ CI: "false" })).toBe("write");
    expect(generateMode({ CI: "" })).toBe("write");
    expect(generateMode({})).toBe("write");
  });

  it("follows IMMV_PRISMA_MODE over CI, and refuses other values", () => {
    expect(generateMode({ CI: "true", IMMV_PRISMA_MODE: "write" })).toBe("write");
    expect(generateMode({ IMMV_PRISMA_MODE: "verify" })).toBe("verify");
    expect(() => generateMode({ IMMV_PRISMA_MODE: "yes" })).toThrow('IMMV_PRISMA_MODE is "yes"');
  });
});
