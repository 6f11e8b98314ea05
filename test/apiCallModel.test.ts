import { describe, expect, test } from "vitest";
import { GITHUB_CALLS_PER_RUN, RESOURCE_CALLS, sweepCalls } from "../bench/apiCalls";

describe("the benchmark's model of a sweep's API calls", () => {
  const resources = new Map([
    ["github:index/team:Team", 10],
    ["github:index/teamRepository:TeamRepository", 20],
    ["aws:iam/user:User", 10],
    ["contractor-access:index:ContractorEngagement", 10],
  ]);
  const none = new Map<string, number>();

  test("an up without refresh and without changes costs only the provider's configure call", () => {
    expect(sweepCalls(resources, { refresh: false, created: none, deleted: none })).toStrictEqual({
      github: 1,
      iam: 0,
    });
  });

  test("a refresh reads every GitHub and IAM resource once; components cost nothing", () => {
    expect(sweepCalls(resources, { refresh: true, created: none, deleted: none })).toStrictEqual({
      github: GITHUB_CALLS_PER_RUN + 10 + 20,
      iam: 10,
    });
  });

  test("an engagement that ends costs each of its resources' delete", () => {
    const deleted = new Map([
      ["github:index/team:Team", 1],
      ["github:index/teamRepository:TeamRepository", 2],
      ["aws:iam/user:User", 1],
    ]);
    expect(sweepCalls(resources, { refresh: false, created: none, deleted })).toStrictEqual({
      github: 1 + 1 + 2,
      iam: 9,
    });
  });

  test("every modelled type names its source", () => {
    expect(
      Object.values(RESOURCE_CALLS).filter((calls) => !/terraform-provider-(github|aws)/.test(calls.source)),
    ).toStrictEqual([]);
  });
});
