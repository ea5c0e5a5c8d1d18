package se.tuna.placement.catalog.search;

/**
 * How many participants a slot's employer and supervisor carry there now: its active bookings.
 *
 * @param employerId the employer
 * @param supervisor the supervisor's name, or {@code null}
 * @param booked     seats booked now (holds not counted: nobody is there yet)
 */
public record SeatLoad(String employerId, String supervisor, int booked) {
}
