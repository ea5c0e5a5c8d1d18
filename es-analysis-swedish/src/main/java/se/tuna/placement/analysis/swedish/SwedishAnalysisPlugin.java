package se.tuna.placement.analysis.swedish;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Registers Lucene's {@link SwedishAnalyzer} (Swedish stop words and Snowball stemming) under the
 * name {@code swedish}, the same name a full Elasticsearch node gives its own Swedish analyzer.
 * The minimal distribution that the local node runs lacks analysis-common; with this plugin the
 * catalog's mappings work unchanged on both.
 */
public class SwedishAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of("swedish", (indexSettings, environment, name, settings) ->
                new AbstractIndexAnalyzerProvider<SwedishAnalyzer>(name, settings) {
                    private final SwedishAnalyzer analyzer = new SwedishAnalyzer();

                    @Override
                    public SwedishAnalyzer get() {
                        return analyzer;
                    }
                });
    }
}
