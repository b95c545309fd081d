package com.tripavail.contracts.inventory;

import java.time.LocalDate;

/** A season of a SEASONAL hotel package: {@code from} to {@code to}, both included. */
public record PackageSeason(LocalDate from, LocalDate to) {
}
