package se.tuna.placement.web.participant;

import java.util.Map;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import se.tuna.placement.access.account.Account;
import se.tuna.placement.participants.coach.CoachAssignment;
import se.tuna.placement.participants.coach.StandIn;
import se.tuna.placement.web.participant.CoachingPayloads.CoachAssignmentResponse;
import se.tuna.placement.web.participant.CoachingPayloads.CoachResponse;
import se.tuna.placement.web.participant.CoachingPayloads.EarlierCoachResponse;
import se.tuna.placement.web.participant.CoachingPayloads.StandInResponse;

/** Maps coach assignments and stand-ins to their payloads, with the coaches' names looked up in {@code names}. */
@Mapper
public interface CoachingApiMapper {

    @Mapping(target = "coachName", expression = "java(names.get(assignment.coachId()))")
    CoachAssignmentResponse toResponse(CoachAssignment assignment, @Context Map<String, String> names);

    @Mapping(target = "coachName", expression = "java(names.get(earlier.coachId()))")
    EarlierCoachResponse toResponse(CoachAssignment.EarlierCoach earlier, @Context Map<String, String> names);

    @Mapping(target = "absentCoachName", expression = "java(names.get(standIn.absentCoachId()))")
    @Mapping(target = "standInCoachName", expression = "java(names.get(standIn.standInCoachId()))")
    StandInResponse toResponse(StandIn standIn, @Context Map<String, String> names);

    CoachResponse toCoach(Account account);
}
