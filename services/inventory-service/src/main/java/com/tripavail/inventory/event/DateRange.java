package com.tripavail.inventory.event;

import java.time.LocalDate;

/** Dates from {@code from} to {@code to}, both included. */
public record DateRange(LocalDate from, LocalDate to) {
}
