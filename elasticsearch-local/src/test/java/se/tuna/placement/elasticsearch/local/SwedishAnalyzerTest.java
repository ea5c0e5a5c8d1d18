package se.tuna.placement.elasticsearch.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@RealElasticsearch
class SwedishAnalyzerTest {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]*)\"");

    @Test
    void theSwedishAnalyzerStemsDefiniteForms(ElasticsearchTestNode node) {
        PlainHttp.Response response = PlainHttp.send(node.httpUri(), "POST", "/_analyze",
                "{\"analyzer\": \"swedish\", \"text\": \"cyklarna\"}");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(TOKEN.matcher(response.body()).results().map(token -> token.group(1)))
                .containsExactly("cykl");
    }
}
