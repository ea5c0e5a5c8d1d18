package se.tuna.placement.catalog.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Brings a slot document of an older slots index to the current version: v2 added
 * {@code scheduleMinutes}, derived here from the stored windows by {@link SlotDocumentMapper}
 * exactly as a save derives it (an empty list for a slot with no working times, as a save stores).
 */
final class SlotDocumentUpgrade implements IndexDefinition.DocumentUpgrade {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final SlotDocumentMapper MAPPER = new SlotDocumentMapperImpl();

    @Override
    public Map<String, Object> apply(Map<String, Object> source) {
        List<TimeWindowDocument> windows = source.get("schedule") == null ? null
                : JSON.convertValue(source.get("schedule"), new TypeReference<List<TimeWindowDocument>>() { });
        List<IntegerRangeDocument> minutes = MAPPER.weekMinutesOf(MAPPER.toSchedule(windows));
        Map<String, Object> upgraded = new LinkedHashMap<>(source);
        upgraded.put("scheduleMinutes", JSON.convertValue(minutes, new TypeReference<List<Object>>() { }));
        return upgraded;
    }
}
