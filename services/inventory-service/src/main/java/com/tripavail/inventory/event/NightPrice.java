package com.tripavail.inventory.event;

import com.tripavail.contracts.Money;
import java.time.LocalDate;

/** The price of one unit (room or seat) in force for one date. */
public record NightPrice(LocalDate date, Money price) {
}
