package com.tripavail.booking.event;

import com.tripavail.contracts.Money;
import java.time.LocalDate;

/**
 * One line of a price: {@code quantity × unitPrice = amount}, e.g. a night of 2 rooms, the
 * persons of a package, the seats of a departure.
 *
 * @param date the night or departure the line prices (null when not dated)
 */
public record PriceLine(String description, LocalDate date, int quantity, Money unitPrice, Money amount) {
}
