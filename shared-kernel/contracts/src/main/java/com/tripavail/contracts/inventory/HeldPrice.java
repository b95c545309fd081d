package com.tripavail.contracts.inventory;

import com.tripavail.contracts.Money;
import java.time.LocalDate;

/** The price in force for one night (stays) or one departure date (tours), per unit. */
public record HeldPrice(LocalDate date, Money price) {
}
