package se.tuna.placement.web.participant;

import java.util.List;
import java.util.Set;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import se.tuna.placement.catalog.domain.SupportOffered;
import se.tuna.placement.participants.placement.AgreementDraft;
import se.tuna.placement.participants.placement.Choice;
import se.tuna.placement.participants.placement.Placement;
import se.tuna.placement.participants.placement.PlacementAgreement;
import se.tuna.placement.web.catalog.CatalogApiMapper;
import se.tuna.placement.web.participant.PathPayloads.PathResponse;
import se.tuna.placement.web.participant.PlacementPayloads.AgreementRequest;
import se.tuna.placement.web.participant.PlacementPayloads.AgreementResponse;
import se.tuna.placement.web.participant.PlacementPayloads.ChoiceResponse;
import se.tuna.placement.web.participant.PlacementPayloads.EmployerPlacementResponse;
import se.tuna.placement.web.participant.PlacementPayloads.PlacementResponse;

/** Maps placements to the coordinator's and the employer's payloads; schedules as the catalog's mapper does. */
@Mapper(uses = CatalogApiMapper.class)
public interface PlacementApiMapper {

    AgreementDraft toDraft(AgreementRequest request);

    @Mapping(target = "path", source = "pathView")
    PlacementResponse toResponse(Placement placement, PathResponse pathView);

    @Mapping(target = "overridden", expression = "java(choice.overridden())")
    ChoiceResponse toResponse(Choice choice);

    @Mapping(target = "firstName", source = "sharedFirstName.firstName")
    @Mapping(target = "firstNameConsentRecordedBy", source = "sharedFirstName.consentRecordedBy")
    @Mapping(target = "firstNameConsentRecordedAt", source = "sharedFirstName.consentRecordedAt")
    AgreementResponse toResponse(PlacementAgreement agreement);

    @Mapping(target = "slotTitle", source = "slotTitle")
    @Mapping(target = "start", source = "placement.agreement.start")
    @Mapping(target = "weeklyHours", source = "placement.agreement.weeklyHours")
    @Mapping(target = "schedule", source = "placement.agreement.schedule")
    @Mapping(target = "support", source = "placement.agreement.support")
    @Mapping(target = "supportLabels", source = "placement.agreement.support")
    @Mapping(target = "firstName", source = "placement.agreement.sharedFirstName.firstName")
    EmployerPlacementResponse toEmployerView(Placement placement, String slotTitle);

    default List<String> supportLabels(Set<SupportOffered> support) {
        return support == null ? List.of() : support.stream().sorted().map(SupportOffered::label).toList();
    }
}
