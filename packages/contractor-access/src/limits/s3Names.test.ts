import { describe, expect, test } from "vitest";
import { checkS3BucketName, checkS3KeyPrefix } from "./s3Names";

describe("checkS3BucketName: S3's general purpose bucket naming rules", () => {
  test.each([["abc"], ["a".repeat(63)], ["acme-data.eu-1"], ["1.2.3"], ["xn-a"], ["my-s3alias-x"]])(
    "Compliance: %s",
    (name) => {
      expect(checkS3BucketName(name, "d")).toEqual([]);
    },
  );

  test.each([
    ["ab", "s3-bucket-name-length", "has 2 characters; S3 allows 3 to 63"],
    ["a".repeat(64), "s3-bucket-name-length", "has 64 characters; S3 allows 3 to 63"],
    ["Data", "s3-bucket-name-characters", "may hold only lowercase letters, digits, dots and hyphens"],
    ["data_lake", "s3-bucket-name-characters", "may hold only lowercase letters, digits, dots and hyphens"],
    ["-data", "s3-bucket-name-ends", "must begin and end with a lowercase letter or digit"],
    ["data.", "s3-bucket-name-ends", "must begin and end with a lowercase letter or digit"],
    ["data..lake", "s3-bucket-name-dots", "must not hold two adjacent dots"],
    ["192.168.5.4", "s3-bucket-name-ip", "must not be formatted as an IP address"],
    ["xn--data", "s3-bucket-name-reserved", 'must not start with "xn--", which S3 reserves'],
    ["sthree-data", "s3-bucket-name-reserved", 'must not start with "sthree-", which S3 reserves'],
    ["amzn-s3-demo-data", "s3-bucket-name-reserved", 'must not start with "amzn-s3-demo-", which S3 reserves'],
    ["data-s3alias", "s3-bucket-name-reserved", 'must not end with "-s3alias", which S3 reserves'],
    ["data--ol-s3", "s3-bucket-name-reserved", 'must not end with "--ol-s3", which S3 reserves'],
    ["data.mrap", "s3-bucket-name-reserved", 'must not end with ".mrap", which S3 reserves'],
    ["data--x-s3", "s3-bucket-name-reserved", 'must not end with "--x-s3", which S3 reserves'],
    ["data--table-s3", "s3-bucket-name-reserved", 'must not end with "--table-s3", which S3 reserves'],
  ])("Noncompliance: %s", (name, limit, rule) => {
    expect(checkS3BucketName(name, "d")).toEqual([
      {
        resource: "d",
        limit,
        allowed: "S3 bucket naming rules",
        actual: name,
        message: `S3 bucket name "${name}" ${rule} (Amazon S3 User Guide, bucket naming rules)`,
      },
    ]);
  });
});

describe("checkS3KeyPrefix: no wildcard or policy variable, no leading /, at most 1,024 bytes, ending in /", () => {
  test.each([["masked/orders/"], ["a/"], ["données/été/"], [`${"a".repeat(1023)}/`]])("Compliance: %s", (prefix) => {
    expect(checkS3KeyPrefix(prefix, "d")).toEqual([]);
  });

  test.each([
    [
      "orders*/",
      "s3-prefix-wildcard",
      'contains "*", which an IAM resource ARN reads as a wildcard that matches other keys',
    ],
    [
      "ord?rs/",
      "s3-prefix-wildcard",
      'contains "?", which an IAM resource ARN reads as a wildcard that matches other keys',
    ],
    [
      "${aws:username}/",
      "s3-prefix-policy-variable",
      'contains "${", which IAM reads as the start of a policy variable',
    ],
    [
      "/orders/",
      "s3-prefix-leading-slash",
      'starts with "/", which S3 keys do not, so the grant would match nothing; remove the leading slash',
    ],
    [`${"a".repeat(1024)}/`, "s3-prefix-length", "has 1,025 bytes of UTF-8; S3 allows 1,024 for a whole key"],
    [`${"é".repeat(512)}/`, "s3-prefix-length", "has 1,025 bytes of UTF-8; S3 allows 1,024 for a whole key"],
    [
      "masked/orders",
      "s3-prefix-trailing-slash",
      'does not end with "/", so the grant would also cover neighbouring prefixes such as "masked/orders-archive/"; add the trailing slash',
    ],
    [
      "",
      "s3-prefix-trailing-slash",
      'is empty, which would grant the whole bucket; name a prefix ending in "/", such as masked/orders/',
    ],
  ])("Noncompliance: %s", (prefix, limit, rule) => {
    expect(checkS3KeyPrefix(prefix, "d").map((v) => [v.limit, v.message])).toEqual([
      [limit, `S3 key prefix "${prefix}" ${rule}`],
    ]);
  });

  test("every problem of one prefix comes back at once", () => {
    expect(checkS3KeyPrefix("/orders*", "d").map((v) => v.limit)).toEqual([
      "s3-prefix-wildcard",
      "s3-prefix-leading-slash",
      "s3-prefix-trailing-slash",
    ]);
  });
});
