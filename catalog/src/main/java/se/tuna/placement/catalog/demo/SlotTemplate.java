package se.tuna.placement.catalog.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import se.tuna.placement.catalog.domain.SupportOffered;
import se.tuna.placement.catalog.domain.WorkDemand;

/**
 * A kind of training slot from {@code demo/slot-templates.csv}: what the work is and what it typically demands and
 * offers. Lists, not sets, so that generation draws in a fixed order.
 */
record SlotTemplate(
        String key,
        String title,
        String occupationCode,
        List<String> industryCodes,
        List<WorkDemand> demands,
        List<WorkDemand> optionalDemands,
        int heaviestLiftKg,
        List<SupportOffered> support,
        List<SchedulePattern> schedules,
        String tasks,
        Map<SupportOffered, String> tasksWithSupport) {

    /** One sentence a workplace may add about the support it gives. */
    private static final Map<SupportOffered, String> SUPPORT_SENTENCES = new EnumMap<>(Map.of(
            SupportOffered.EXPERIENCED_SUPERVISOR, "Handledaren har tagit emot praktikanter i många år.",
            SupportOffered.QUIET_PLACE, "Det finns ett lugnt rum att gå undan till vid behov.",
            SupportOffered.FLEXIBLE_START, "Starttiden kan anpassas efter dagsformen.",
            SupportOffered.GRADUAL_INCREASE, "Tiden trappas upp i din egen takt.",
            SupportOffered.WRITTEN_INSTRUCTIONS, "Alla arbetsmoment finns beskrivna i skrift.",
            SupportOffered.FIXED_ROUTINES, "Dagarna följer samma schema med samma uppgifter.",
            SupportOffered.FREQUENT_BREAKS, "Du kan ta korta pauser när du behöver.",
            SupportOffered.WORK_BUDDY, "En arbetskamrat är din fadder de första veckorna.",
            SupportOffered.ADAPTED_TASKS, "Uppgifterna anpassas efter vad du klarar och vill lära dig."));

    static SlotTemplate from(CSVRecord row) {
        String tasks = DemoCsv.required(row, "tasks");
        Map<SupportOffered, String> withSupport = new EnumMap<>(SupportOffered.class);
        SUPPORT_SENTENCES.forEach((support, sentence) -> withSupport.put(support, tasks + " " + sentence));
        List<WorkDemand> demands = DemoCsv.list(row, "demands").stream().map(WorkDemand::valueOf).toList();
        List<WorkDemand> optional = DemoCsv.list(row, "optional_demands").stream().map(WorkDemand::valueOf).toList();
        if (demands.contains(WorkDemand.EARLY_START) || optional.contains(WorkDemand.EARLY_START)) {
            throw new IllegalArgumentException("EARLY_START follows from the schedule and is not listed");
        }
        return new SlotTemplate(
                DemoCsv.required(row, "key"),
                DemoCsv.required(row, "title"),
                DemoCsv.required(row, "ssyk"),
                DemoCsv.list(row, "sni"),
                demands,
                optional,
                Integer.parseInt(DemoCsv.required(row, "lift_kg")),
                DemoCsv.list(row, "support").stream().map(SupportOffered::valueOf).toList(),
                DemoCsv.list(row, "schedules").stream().map(SchedulePattern::valueOf).toList(),
                tasks,
                Map.copyOf(withSupport));
    }

    /** The tasks followed by a sentence about one kind of support; the same string for every slot that uses it. */
    String tasksWith(SupportOffered support) {
        return tasksWithSupport.get(support);
    }
}
