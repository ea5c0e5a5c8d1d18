package se.tuna.placement.web.participant;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import se.tuna.placement.participants.participant.FunctionalLimitation;
import se.tuna.placement.participants.participant.Participant;
import se.tuna.placement.web.catalog.CatalogApiMapper;
import se.tuna.placement.web.catalog.ReferenceNames;
import se.tuna.placement.web.participant.ParticipantPayloads.ParticipantRequest;
import se.tuna.placement.web.participant.ParticipantPayloads.ParticipantResponse;

/** Maps the participant API's payloads to participants and back; schedules as the catalog's mapper does. */
@Mapper(uses = CatalogApiMapper.class)
public interface ParticipantApiMapper {

    Participant toParticipant(ParticipantRequest request);

    @Mapping(target = "travelModeLabel", expression = "java(participant.travelMode() == null ? null : participant.travelMode().label())")
    @Mapping(target = "phaseLabel", expression = "java(participant.phase() == null ? null : participant.phase().label())")
    @Mapping(target = "limitationLabels", source = "limitations", qualifiedByName = "limitationLabels")
    @Mapping(target = "occupationNames", expression = "java(occupationNames(participant, names))")
    ParticipantResponse toResponse(Participant participant, @Context ReferenceNames names);

    @Named("limitationLabels")
    default Map<FunctionalLimitation, String> limitationLabels(Set<FunctionalLimitation> limitations) {
        Map<FunctionalLimitation, String> labels = new EnumMap<>(FunctionalLimitation.class);
        limitations.forEach(limitation -> labels.put(limitation, limitation.label()));
        return labels;
    }

    /** The SSYK names of every occupation the participant has worked in or aims for, by code. */
    default Map<String, String> occupationNames(Participant participant, @Context ReferenceNames names) {
        Map<String, String> byCode = new TreeMap<>();
        participant.experienceOccupations().forEach(code -> byCode.put(code, names.occupationName(code)));
        participant.goalOccupations().forEach(code -> byCode.put(code, names.occupationName(code)));
        byCode.values().removeIf(Objects::isNull);
        return byCode;
    }
}
