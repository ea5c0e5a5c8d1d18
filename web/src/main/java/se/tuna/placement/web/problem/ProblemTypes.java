package se.tuna.placement.web.problem;

import java.net.URI;

/**
 * The stable {@code type} URIs of the platform's problem details (RFC 9457), one per kind of
 * problem; clients may switch on them. Each is documented in {@code docs/api.md}.
 */
public final class ProblemTypes {

    private static final String BASE = "https://tuna-placement.example/problems/";

    public static final URI INVALID_INPUT = URI.create(BASE + "invalid-input");
    public static final URI MALFORMED_REQUEST = URI.create(BASE + "malformed-request");
    public static final URI NOT_FOUND = URI.create(BASE + "not-found");
    public static final URI CONFLICT = URI.create(BASE + "conflict");
    public static final URI NO_FREE_SEAT = URI.create(BASE + "no-free-seat");
    public static final URI STORE_UNAVAILABLE = URI.create(BASE + "store-unavailable");
    public static final URI AUDIT_UNAVAILABLE = URI.create(BASE + "audit-unavailable");
    public static final URI INTERNAL = URI.create(BASE + "internal-error");
    public static final URI SIGN_IN_REQUIRED = URI.create(BASE + "sign-in-required");
    public static final URI FORBIDDEN = URI.create(BASE + "forbidden");
    public static final URI INVALID_CSRF_TOKEN = URI.create(BASE + "invalid-csrf-token");
    public static final URI TOO_MANY_ATTEMPTS = URI.create(BASE + "too-many-attempts");
    // What the HTTP layer refuses before any rule of the platform is asked.
    public static final URI METHOD_NOT_ALLOWED = URI.create(BASE + "method-not-allowed");
    public static final URI NOT_ACCEPTABLE = URI.create(BASE + "not-acceptable");
    public static final URI CONTENT_TOO_LARGE = URI.create(BASE + "content-too-large");
    public static final URI URI_TOO_LONG = URI.create(BASE + "uri-too-long");
    public static final URI UNSUPPORTED_MEDIA_TYPE = URI.create(BASE + "unsupported-media-type");
    public static final URI HEADERS_TOO_LARGE = URI.create(BASE + "headers-too-large");

    private ProblemTypes() {
    }
}
