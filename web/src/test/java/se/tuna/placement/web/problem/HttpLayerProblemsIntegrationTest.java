package se.tuna.placement.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.tuna.placement.web.ApiBodies;
import se.tuna.placement.web.RawHttp;
import se.tuna.placement.web.RawHttp.Answer;
import se.tuna.placement.web.WebIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * What the HTTP layer refuses by itself, before any rule of the platform is asked, is answered
 * with a problem detail like every other refusal: Reactor Netty's decoder (a line or headers too
 * long, a malformed header), Spring's adapter (an address that is not a URI), Spring Security's
 * firewall (an encoded slash or NUL), Spring's dispatcher and codecs (no such address, method,
 * media type or Accept; a body too large or not what its type says). Sent byte for byte over a
 * socket, as a client the platform does not control would send them.
 */
class HttpLayerProblemsIntegrationTest extends WebIntegrationTest {

    private static final String PROBLEMS = "https://tuna-placement.example/problems/";

    @LocalServerPort
    int port;

    RawHttp raw;
    String signedIn;

    @BeforeEach
    void aClient() {
        raw = new RawHttp(port);
        signedIn = "Authorization: Bearer " + coordinator().token();
    }

    @Test
    void anAddressTheApiDoesNotHaveIsNotFound() {
        Answer answer = raw.send("GET /api/nothing-here HTTP/1.1\r\n" + signedIn);

        assertProblem(answer, 404, "not-found");
    }

    @Test
    void anAddressTheApiDoesNotHaveStillAsksTheSignedOutToSignIn() {
        Answer answer = raw.send("GET /api/nothing-here HTTP/1.1");

        assertProblem(answer, 401, "sign-in-required");
    }

    @Test
    void aMethodAnAddressDoesNotTakeIsNotAllowedAndTheAnswerSaysWhichItTakes() {
        Answer answer = raw.send("DELETE /api/employers HTTP/1.1\r\n" + signedIn);

        assertProblem(answer, 405, "method-not-allowed");
        assertThat(answer.header("Allow")).contains("GET", "POST");
    }

    @Test
    void anAnswerTheClientDoesNotAcceptIsNotAcceptable() {
        Answer answer = raw.send("GET /api/me HTTP/1.1\r\nAccept: application/xml\r\n" + signedIn);

        assertProblem(answer, 406, "not-acceptable");
    }

    @Test
    void anAcceptHeaderThatIsNoMediaTypeIsNotAcceptable() {
        Answer answer = raw.send("GET /api/me HTTP/1.1\r\nAccept: ;;;\r\n" + signedIn);

        assertProblem(answer, 406, "not-acceptable");
    }

    @Test
    void aBodyOfAnotherMediaTypeIsUnsupported() {
        Answer answer = raw.send("POST /api/employers HTTP/1.1\r\nContent-Type: text/plain\r\n" + signedIn,
                utf8(ApiBodies.employer("Textföretaget AB").toString()));

        assertProblem(answer, 415, "unsupported-media-type");
    }

    @Test
    void anImportSentAsJsonIsUnsupported() {
        Answer answer = raw.send("POST /api/imports HTTP/1.1\r\nContent-Type: application/json\r\n" + signedIn, utf8("{}"));

        assertProblem(answer, 415, "unsupported-media-type");
    }

    @Test
    void aJsonBodyPastTheCodecsLimitIsTooLarge() {
        String name = "Ä".repeat(200_000);

        Answer answer = raw.send("POST /api/employers HTTP/1.1\r\nContent-Type: application/json\r\n" + signedIn,
                utf8(ApiBodies.employer(name).toString()));

        assertProblem(answer, 413, "content-too-large");
    }

    @Test
    void anImportFilePastTheLargestTheFormatTakesIsTooLarge() {
        byte[] file = new byte[64 * 1024 * 1024 + 1];
        Arrays.fill(file, (byte) 'a');

        Answer answer = raw.send(multipartHead(), multipart("file", "platser.csv", file));

        assertProblem(answer, 413, "content-too-large");
    }

    @Test
    void anImportOfMorePartsThanItTakesIsRefused() {
        StringBuilder parts = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            parts.append("--XYZ\r\nContent-Disposition: form-data; name=\"extra").append(i).append("\"\r\n\r\nx\r\n");
        }
        Answer answer = raw.send(multipartHead(), utf8(parts + "--XYZ--\r\n"));

        assertThat(answer.status()).isBetween(400, 499);
        assertProblem(answer, answer.status(), answer.status() == 413 ? "content-too-large" : "malformed-request");
    }

    @Test
    void multipartWithoutABoundaryIsMalformed() {
        Answer answer = raw.send("POST /api/imports HTTP/1.1\r\nContent-Type: multipart/form-data\r\n" + signedIn, utf8("garbage"));

        assertProblem(answer, 400, "malformed-request");
        assertThat(field(answer)).isEqualTo("body");
    }

    @Test
    void multipartThatNeverEndsIsMalformed() {
        Answer answer = raw.send(multipartHead(),
                utf8("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nabc"));

        assertProblem(answer, 400, "malformed-request");
        assertThat(field(answer)).isEqualTo("body");
    }

    @Test
    void brokenJsonIsMalformedAndNamesTheBody() {
        Answer answer = raw.send("POST /api/employers HTTP/1.1\r\nContent-Type: application/json\r\n" + signedIn,
                utf8("{\"name\": "));

        assertProblem(answer, 400, "malformed-request");
        assertThat(field(answer)).isEqualTo("body");
    }

    @Test
    void aValueOfTheWrongTypeIsMalformedAndNamesItsField() {
        Answer answer = raw.send("POST /api/employers/x/slots HTTP/1.1\r\nContent-Type: application/json\r\n" + signedIn,
                utf8("{\"title\": \"Lager\", \"seats\": \"många\"}"));

        assertProblem(answer, 400, "malformed-request");
        assertThat(field(answer)).isEqualTo("seats");
    }

    @Test
    void anAddressOverTwentyKilobytesIsTooLong() {
        Answer answer = raw.send("GET /api/employers/" + "x".repeat(20_000) + " HTTP/1.1\r\n" + signedIn);

        assertProblem(answer, 414, "uri-too-long");
    }

    @Test
    void headersOverSixtyFourKilobytesAreTooLarge() {
        Answer answer = raw.send("GET /api/me HTTP/1.1\r\nX-Padding: " + "y".repeat(64 * 1024) + "\r\n" + signedIn);

        assertProblem(answer, 431, "headers-too-large");
    }

    @Test
    void aHeaderThatIsNotHttpIsMalformed() {
        Answer answer = raw.send("GET /api/me HTTP/1.1\r\nNot A Header Name: x\r\n" + signedIn);

        assertProblem(answer, 400, "malformed-request");
    }

    @Test
    void anAddressThatIsNotAUriIsMalformed() {
        Answer answer = raw.send("GET /api/slots/%zz HTTP/1.1\r\n" + signedIn);

        assertProblem(answer, 400, "malformed-request");
    }

    @Test
    void anEncodedSlashOrNulInTheAddressIsMalformed() {
        assertProblem(raw.send("GET /api/slots/..%2F..%2Fadmin HTTP/1.1\r\n" + signedIn), 400, "malformed-request");
        assertProblem(raw.send("GET /api/slots/%00 HTTP/1.1\r\n" + signedIn), 400, "malformed-request");
    }

    @Test
    void pagesKeepTheirOwnWayOfSayingSo() {
        Answer answer = raw.send("GET /ingen-sadan-sida HTTP/1.1");

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).endsWith("/logga-in");
    }

    private static void assertProblem(Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(answer.toString()).isEqualTo("application/problem+json");
        JsonNode problem = ApiBodies.JSON.readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asString()).isEqualTo(PROBLEMS + type);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
    }

    private static String field(Answer answer) {
        return ApiBodies.JSON.readTree(answer.body()).get("errors").get(0).get("field").asString();
    }

    private String multipartHead() {
        return "POST /api/imports?dryRun=true HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=XYZ\r\n" + signedIn;
    }

    private static byte[] multipart(String name, String filename, byte[] content) {
        byte[] head = utf8("--XYZ\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: text/csv\r\n\r\n");
        byte[] tail = utf8("\r\n--XYZ--\r\n");
        byte[] body = Arrays.copyOf(head, head.length + content.length + tail.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return body;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
