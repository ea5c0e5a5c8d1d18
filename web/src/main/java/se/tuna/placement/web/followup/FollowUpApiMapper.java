package se.tuna.placement.web.followup;

import java.util.List;
import java.util.Map;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import se.tuna.placement.followup.calendar.Absence;
import se.tuna.placement.followup.calendar.Commitment;
import se.tuna.placement.followup.calendar.Place;
import se.tuna.placement.followup.calendar.WorkCalendar;
import se.tuna.placement.followup.planning.CoachQueues;
import se.tuna.placement.followup.planning.PlanRun;
import se.tuna.placement.followup.visit.TimeRequest;
import se.tuna.placement.followup.visit.Visit;
import se.tuna.placement.web.catalog.CatalogApiMapper;
import se.tuna.placement.web.followup.FollowUpPayloads.AbsencePayload;
import se.tuna.placement.web.followup.FollowUpPayloads.AppointmentResponse;
import se.tuna.placement.web.followup.FollowUpPayloads.CalendarRequest;
import se.tuna.placement.web.followup.FollowUpPayloads.CalendarResponse;
import se.tuna.placement.web.followup.FollowUpPayloads.CommitmentPayload;
import se.tuna.placement.web.followup.FollowUpPayloads.CommitmentResponse;
import se.tuna.placement.web.followup.FollowUpPayloads.MoveResponse;
import se.tuna.placement.web.followup.FollowUpPayloads.PlaceRequest;
import se.tuna.placement.web.followup.FollowUpPayloads.PlaceResponse;
import se.tuna.placement.web.followup.FollowUpPayloads.PlanRunResponse;
import se.tuna.placement.web.followup.FollowUpPayloads.QueueEntryResponse;
import se.tuna.placement.web.followup.FollowUpPayloads.TimeRequestResponse;
import se.tuna.placement.web.followup.FollowUpPayloads.UnplannedResponse;
import se.tuna.placement.web.followup.FollowUpPayloads.VisitResponse;
import se.tuna.placement.web.followup.FollowUpPayloads.WorkplaceFollowUpResponse;

/**
 * Maps visits, plans, queues and calendars to their payloads, and calendar requests to the domain;
 * people's names come from {@code names}, the travel before each visit from {@code travelBefore}.
 */
@Mapper(uses = CatalogApiMapper.class)
public interface FollowUpApiMapper {

    @Mapping(target = "minutes", expression = "java(visit.minutes())")
    @Mapping(target = "appointment", expression = "java(toAppointment(visit, names))")
    @Mapping(target = "travelBeforeMinutes", expression = "java(travelBefore.get(visit.id()))")
    VisitResponse toResponse(Visit visit, @Context Map<String, String> names, @Context Map<String, Integer> travelBefore);

    default List<VisitResponse> toResponses(List<Visit> visits, Map<String, String> names, Map<String, Integer> travelBefore) {
        return visits.stream().map(visit -> toResponse(visit, names, travelBefore)).toList();
    }

    default AppointmentResponse toAppointment(Visit visit, Map<String, String> names) {
        var appointment = visit.appointment();
        return appointment == null ? null : new AppointmentResponse(appointment.visitorId(), names.get(appointment.visitorId()),
                appointment.start(), appointment.start().plusMinutes(visit.minutes()), appointment.confirmed(), appointment.movedFrom());
    }

    default PlanRunResponse toResponse(PlanRun run, Map<String, String> names) {
        Map<String, Integer> noTravel = Map.of();
        List<UnplannedResponse> unplanned = run.unplanned().stream()
                .map(left -> new UnplannedResponse(toResponse(left.visit(), names, noTravel), left.reason())).toList();
        List<MoveResponse> moves = run.moves().stream().map(move -> new MoveResponse(toResponse(move.visit(), names, noTravel),
                move.fromStart(), move.fromVisitorId(), names.get(move.fromVisitorId()), move.toStart(), move.toVisitorId(),
                names.get(move.toVisitorId()))).toList();
        return new PlanRunResponse(run.site(), run.from(), run.until(), run.planned(), unplanned, moves, run.hardBroken(),
                run.took().toMillis());
    }

    QueueEntryResponse toResponse(CoachQueues.Entry entry);

    default WorkplaceFollowUpResponse toWorkplaceResponse(Visit visit, String placementReference) {
        var appointment = visit.appointment();
        return new WorkplaceFollowUpResponse(visit.id(), visit.kind(), visit.kind().label(), placementReference,
                toResponse(visit.place()),
                appointment == null ? null : appointment.start(),
                appointment == null ? null : appointment.start().plusMinutes(visit.minutes()),
                appointment != null && appointment.confirmed(), toResponse(visit.timeRequest()));
    }

    TimeRequestResponse toResponse(TimeRequest request);

    PlaceResponse toResponse(Place place);

    Place toPlace(PlaceRequest place);

    CalendarResponse toResponse(WorkCalendar calendar);

    CommitmentResponse toResponse(Commitment commitment);

    AbsencePayload toPayload(Absence absence);

    Absence toAbsence(AbsencePayload absence);

    Commitment toCommitment(CommitmentPayload commitment);

    @Mapping(target = "accountId", source = "accountId")
    @Mapping(target = "absences", ignore = true)
    @Mapping(target = "withAbsences", ignore = true)
    WorkCalendar toCalendar(String accountId, CalendarRequest request);
}
