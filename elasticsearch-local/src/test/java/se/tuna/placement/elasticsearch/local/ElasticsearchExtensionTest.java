package se.tuna.placement.elasticsearch.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@RealElasticsearch
class ElasticsearchExtensionTest {

    @Test
    void theIndexPrefixNamesIndicesTheNodeAccepts(ElasticsearchTestNode node) {
        PlainHttp.Response created = PlainHttp.send(node.httpUri(), "PUT", "/" + node.index("slots"), "{}");

        assertThat(created.status()).as(created.body()).isEqualTo(200);
    }

    @Test
    void eachTestClassHasItsOwnIndexPrefix(ElasticsearchTestNode node) {
        assertThat(node.indexPrefix())
                .isEqualTo(ElasticsearchExtension.indexPrefix(ElasticsearchExtensionTest.class))
                .isNotEqualTo(ElasticsearchExtension.indexPrefix(SwedishAnalyzerTest.class));
    }

    @Nested
    class NestedClasses {

        @Test
        void shareTheIndexPrefixOfTheirOuterClass(ElasticsearchTestNode node) {
            assertThat(node.indexPrefix()).isEqualTo(ElasticsearchExtension.indexPrefix(ElasticsearchExtensionTest.class));
        }
    }
}
