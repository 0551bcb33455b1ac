import { headers } from "next/headers";
import type { z } from "zod";
import { fail, type Failure, type Result } from "@/lib/result";
import { getMembership, type MembershipAccess } from "@/lib/workshops/get-membership";
import { canEditBoards, canFacilitate } from "@/lib/workshops/roles";
import { WorkshopIdSchema } from "@/lib/workshops/schemas";
import { clientAddressFromHeaders } from "./client-address";
import { getCurrentUser, type CurrentUser } from "./current-user";
import type { RateLimiter } from "./rate-limit";
import { fieldErrors } from "./schemas";

/** The error codes routes and actions answer with, and the HTTP status each one maps to. */
export const ERROR_STATUS = {
  "invalid-input": 400,
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
  gone: 410,
  "too-large": 413,
  unprocessable: 422,
  "rate-limited": 429,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

/**
 * Who may call: `anyone` (no session read), `user` (signed in, guests too), `account` (signed in
 * with an account, not a guest), or a workshop role, checked against the membership of the
 * workshop named by the input's `workshopId` (routes: the path's).
 */
export type Requirement = "anyone" | "user" | "account" | "member" | "editor" | "facilitator";

export type Caller<R extends Requirement> = R extends "anyone"
  ? { user: null }
  : R extends "user" | "account"
    ? { user: CurrentUser }
    : { user: CurrentUser; membership: MembershipAccess; workshopId: string };

export type AccessOptions<R extends Requirement, S extends z.ZodType> = {
  requires: R;
  /** Validates the input (an action's argument or form, a route's JSON body). */
  input: S;
  /** Spent per client address before anything else runs. */
  limit?: { limiter: RateLimiter; message: string };
};

const MESSAGES = {
  unauthenticated: "Your session has ended. Sign in again.",
  guest: "Create a facilitator account to do this; guests take part in one workshop.",
  notMember: "You are not a member of this workshop.",
  role: {
    member: "You are not a member of this workshop.",
    editor: "Observers can read this workshop but not change it.",
    facilitator: "Only the facilitator can do this.",
  },
} as const;

function allows(requires: "member" | "editor" | "facilitator", membership: MembershipAccess) {
  if (requires === "facilitator") return canFacilitate(membership.role);
  if (requires === "editor") return canEditBoards(membership.role);
  return true;
}

/** The one access check: session (and its version), account kind and workshop membership. */
export async function checkAccess<R extends Requirement>(
  requires: R,
  workshopId: unknown,
): Promise<Result<Caller<R>, ErrorCode>> {
  if (requires === "anyone") return { ok: true, value: { user: null } as Caller<R> };
  const user = await getCurrentUser();
  if (!user) return fail("unauthenticated", MESSAGES.unauthenticated);
  if (requires === "user") return { ok: true, value: { user } as Caller<R> };
  if (requires === "account") {
    return user.isGuest
      ? fail("forbidden", MESSAGES.guest)
      : { ok: true, value: { user } as Caller<R> };
  }
  const id = WorkshopIdSchema.safeParse(workshopId);
  if (!id.success) return fail("not-found", "No such workshop.");
  const membership = await getMembership({ workshopId: id.data, userId: user.id });
  if (!membership) return fail("forbidden", MESSAGES.notMember);
  const role = requires as "member" | "editor" | "facilitator";
  if (!allows(role, membership)) return fail("forbidden", MESSAGES.role[role]);
  return { ok: true, value: { user, membership, workshopId: id.data } as Caller<R> };
}

function invalid(error: z.ZodError): Failure<ErrorCode> {
  const fields = fieldErrors(error);
  return fail("invalid-input", Object.values(fields)[0] ?? "Check the form and try again.", fields);
}

function workshopIdOf(input: unknown): unknown {
  return typeof input === "object" && input !== null && "workshopId" in input
    ? input.workshopId
    : undefined;
}

type ActionHandler<R extends Requirement, S extends z.ZodType, T> = (
  input: z.output<S>,
  caller: Caller<R>,
) => Promise<Result<T>>;

async function runAction<R extends Requirement, S extends z.ZodType, T>(
  options: AccessOptions<R, S>,
  handler: ActionHandler<R, S, T>,
  raw: unknown,
): Promise<Result<T>> {
  if (
    options.limit &&
    !(await options.limit.limiter.take(clientAddressFromHeaders(await headers())))
  ) {
    return fail("rate-limited", options.limit.message);
  }
  // Access before input: a stranger learns nothing from which inputs are well-formed.
  const access = await checkAccess(options.requires, workshopIdOf(raw));
  if (!access.ok) return access;
  const parsed = options.input.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  return handler(parsed.data, access.value);
}

/**
 * Wraps a server action called with one object argument: rate limit, access, zod input, then the
 * handler; every refusal is a `Result` failure with a code (never a thrown page or a redirect).
 */
export function withAccess<R extends Requirement, S extends z.ZodType, T>(
  options: AccessOptions<R, S>,
  handler: ActionHandler<R, S, T>,
): (input: z.input<S>) => Promise<Result<T>> {
  return (input) => runAction(options, handler, input);
}

/** The same for a form action used with `useActionState`: the form's fields are the input. */
export function withFormAccess<R extends Requirement, S extends z.ZodType, T>(
  options: AccessOptions<R, S>,
  handler: ActionHandler<R, S, T>,
): (previous: Result<T> | null, form: FormData) => Promise<Result<T>> {
  return (_previous, form) => runAction(options, handler, Object.fromEntries(form));
}

/** The JSON body of every refused route request: `{ error: { code, message, fields? } }`. */
export function problem(failure: Failure<ErrorCode>): Response {
  return Response.json(
    { error: failure.error },
    { status: ERROR_STATUS[failure.error.code], headers: { "Cache-Control": "no-store" } },
  );
}

type RouteContext<P> = { params: Promise<P> };

export type RouteOptions<
  R extends Requirement,
  P extends z.ZodType<Record<string, string>>,
  B extends z.ZodType,
> = {
  requires: R;
  /** Path parameters; a mismatch answers 404 (the address names nothing). */
  params?: P;
  /** JSON body; a mismatch answers 400 with per-field messages. Omit to read the body yourself. */
  body?: B;
  limit?: { limiter: RateLimiter; message: string };
};

type RouteHandler<R extends Requirement, P extends z.ZodType, B extends z.ZodType> = (context: {
  request: Request;
  params: z.output<P>;
  body: z.output<B>;
  caller: Caller<R>;
}) => Promise<Response | Failure<ErrorCode>>;

/**
 * Wraps a route handler (Dub's `withWorkspace`): rate limit, path params, access (the workshop is
 * the path's `workshopId`), JSON body, then the handler, which answers a Response or a failure.
 */
export function withRoute<
  R extends Requirement,
  P extends z.ZodType<Record<string, string>>,
  B extends z.ZodType = z.ZodUndefined,
>(
  options: RouteOptions<R, P, B>,
  handler: RouteHandler<R, P, B>,
): (
  request: Request,
  // The raw path: every segment is a string until `options.params` has checked it.
  context: RouteContext<Record<keyof z.input<P> & string, string>>,
) => Promise<Response> {
  return async (request, context) => {
    if (
      options.limit &&
      !(await options.limit.limiter.take(clientAddressFromHeaders(request.headers)))
    ) {
      return problem(fail("rate-limited", options.limit.message));
    }
    const rawParams: unknown = await context.params;
    const params = options.params ? options.params.safeParse(rawParams) : null;
    if (params && !params.success) return problem(fail("not-found", "Nothing is at this address."));
    const access = await checkAccess(options.requires, workshopIdOf(rawParams));
    if (!access.ok) return problem(access);
    let body: unknown = undefined;
    if (options.body) {
      const parsed = options.body.safeParse(await request.json().catch(() => null));
      if (!parsed.success) return problem(invalid(parsed.error));
      body = parsed.data;
    }
    try {
      const answer = await handler({
        request,
        params: (params?.data ?? {}) as z.output<P>,
        body: body as z.output<B>,
        caller: access.value,
      });
      return answer instanceof Response ? answer : problem(answer);
    } catch (error) {
      console.error(`[route] ${request.method} ${new URL(request.url).pathname} failed`, error);
      return problem(fail("internal", "Something went wrong on the server. Try again."));
    }
  };
}
