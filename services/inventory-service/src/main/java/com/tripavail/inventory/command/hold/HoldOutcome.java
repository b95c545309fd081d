package com.tripavail.inventory.command.hold;

import com.tripavail.contracts.Money;
import com.tripavail.inventory.event.HoldRejection;
import com.tripavail.inventory.event.HoldStatus;
import com.tripavail.inventory.event.NightPrice;
import java.util.List;

/** The typed result of a hold, release or confirm command. */
public sealed interface HoldOutcome {

    /** The hold was granted now. */
    record Held(String aggregateId, List<NightPrice> prices, Money total) implements HoldOutcome {
    }

    /** The hold was refused now (the refusal is also an event, for booking). */
    record Rejected(HoldRejection reason, String detail) implements HoldOutcome {
    }

    record Released() implements HoldOutcome {
    }

    record Confirmed() implements HoldOutcome {
    }

    /** The holdId was handled before: nothing changed; {@code status} is where the hold stands. */
    record Unchanged(HoldStatus status) implements HoldOutcome {
    }

    /** The command does not fit the hold (confirming a released hold): nothing changed. */
    record Refused(HoldStatus status, String detail) implements HoldOutcome {
    }

    /** No hold with this id. */
    record UnknownHold() implements HoldOutcome {
    }
}
