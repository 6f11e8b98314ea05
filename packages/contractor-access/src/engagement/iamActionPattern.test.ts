import { expect, test } from "vitest";
import { iamActionPatternCovers } from "./iamActionPattern";

test.each([
  ["s3:Get*", "s3:GetObject", true],
  ["s3:get*", "S3:GetObject", true],
  ["*", "dynamodb:Scan", true],
  ["s3:*Object", "s3:GetObject", true],
  ["s3:GetObjec?", "s3:GetObject", true],
  ["s3:List*", "s3:GetObject", false],
  ["logs:GetLogEvents", "logs:GetLogEvents", true],
  ["s3:GetObject", "s3:GetObjectVersion", false],
  ["s3.Get*", "s3:GetObject", false],
])("%s covers %s: %s", (pattern, action, expected) => {
  expect(iamActionPatternCovers(pattern, action)).toBe(expected);
});
