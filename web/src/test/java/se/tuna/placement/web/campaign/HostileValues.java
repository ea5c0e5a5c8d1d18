package se.tuna.placement.web.campaign;

import java.util.List;

/**
 * What an attacker tries in every field: blanks, odd Unicode, Elasticsearch's query syntax,
 * numbers and dates out of range, values of the wrong type. As raw JSON text (so a lone surrogate
 * can be sent escaped, as no Java string can hold it for an encoder) and as raw, already
 * percent-encoded text for addresses.
 */
final class HostileValues {

    private HostileValues() {
    }

    /** Raw JSON values, for any field of a body. */
    static final List<String> JSON = List.of(
            // absent, blank and whitespace
            "null", "\"\"", "\"   \"", "\"\\t\\n\\r \"", "\"\\u00a0\\u2003\"",
            // odd Unicode: zero-width, right-to-left marks, joiners, emoji, NUL, combining marks, lone surrogates
            "\"\\u200b\"", "\"\\u200f\\u202eAB \\u202c\"", "\"a\\u200db\"", "\"\\ud83d\\ude00\"", "\"👩‍👩‍👧‍👦 ÅÄÖ\"",
            "\"\\u0000\"", "\"a\\u0000b\"", "\"e\\u0301\\u0301\\u0301\\u0301\"", "\"\\ud800\"", "\"x\\udc00y\"", "\"\\uffff\\ufffe\"",
            // Elasticsearch's query syntax, as text and as an object
            "\"*\"", "\"?\"", "\"title:*\"", "\"field:value\"", "\"\\\"unclosed\"", "\"\\\\\"", "\"a AND b OR (c\"",
            "\"[* TO *]\"", "\"/.*/\"", "\"+-&&||!(){}[]^~*?:\\\\/\"", "\"{\\\"query\\\":{\\\"match_all\\\":{}}}\"",
            "{\"query\": {\"match_all\": {}}}", "\"_id:1 OR _index:*\"",
            // huge text (well under the 256 kB a body may have)
            "\"" + "x".repeat(100_000) + "\"", "\"" + "å".repeat(50_000) + "\"",
            // numbers out of range, and not numbers
            "-1", "0", "-0", "9223372036854775807", "-9223372036854775808", "2147483648", "-2147483649", "1e309", "-1e309",
            "1.5", "1E-400", "\"NaN\"", "\"Infinity\"", "\"-1\"", "123456789012345678901234567890", "1" + "0".repeat(1200),
            // other types
            "true", "false", "[]", "{}", "[1, 2]", "[null]", "\"text\"",
            // dates and times out of range or malformed
            "\"0000-01-01\"", "\"9999-12-31\"", "\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"2026-02-30\"", "\"2026-13-01\"", "\"26-1-1\"",
            "\"1970-01-01T00:00:00Z\"", "\"24:00\"", "\"25:61\"", "\"08:00:00.999999999\"", "\"-01:00\"",
            // ids that are paths to Elasticsearch if passed on unencoded
            "\".\"", "\"..\"", "\"../_all\"", "\"_search?q=*\"", "\"%2e%2e\"",
            // enums almost right
            "\"monday\"", "\"MONDAY \"", "\" READY\"");

    /** Raw, percent-encoded values for a query parameter or an address's segment; each under 3 kB, so the line stays readable. */
    static final List<String> URL = List.of(
            "", "%20", "%20%20%09", "%C2%A0", "abc", "-1", "0", "2147483648", "99999999999999999999", "1e309", "NaN",
            "Infinity", "1.5", "true", "null", "x".repeat(2500), "%C3%A5".repeat(400), "%E2%80%8F%E2%80%AEAB",
            "a%E2%80%8Db", "%F0%9F%98%80", "%00", "a%00b", "e%CC%81%CC%81%CC%81", "%ED%A0%80", "%FF%FE", "*", "%3F",
            "title%3A*", "%22unclosed", "%5C", "%7B%22query%22%3A%7B%22match_all%22%3A%7B%7D%7D%7D", "a%20AND%20b%20OR%20(c",
            "%5B*%20TO%20*%5D", "0000-01-01", "9999-12-31", "%2B999999999-12-31", "-999999999-01-01", "2026-02-30", "monday", "MONDAY,,", ",", "%2C%2C", "%25",
            "%2e%2e", "..%2F..%2F", ";x=1", "%3Cscript%3E");

    /** A few of {@link #URL}, one of each kind (blank, huge, NUL, query syntax), for where any value is ignored. */
    static final List<String> URL_ONE_OF_EACH_KIND = List.of("%20%20%09", "x".repeat(2500), "a%00b", "title%3A*");
}
