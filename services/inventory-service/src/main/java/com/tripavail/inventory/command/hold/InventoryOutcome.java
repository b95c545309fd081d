package com.tripavail.inventory.command.hold;

import java.util.List;

/** The typed result of a nightly-inventory command: accepted (with what changed) or refused. */
public sealed interface InventoryOutcome {

    record Accepted(int nightsChanged, List<String> notes) implements InventoryOutcome {
    }

    record Refused(Reason reason, String detail) implements InventoryOutcome {
    }

    enum Reason {
        /** The request itself is wrong (dates, units, currency). */
        INVALID,
        /** The night is not open. */
        NOT_OPEN,
        /** Fewer units than are already held or sold. */
        BELOW_COMMITTED
    }
}
