package com.tripavail.inventory.api.hold;

import com.tripavail.contracts.Money;
import com.tripavail.inventory.command.hold.HoldDesk;
import com.tripavail.inventory.command.hold.HoldOutcome;
import com.tripavail.inventory.command.hold.HoldRequest;
import com.tripavail.inventory.event.NightPrice;
import com.tripavail.platform.idempotency.IdempotencyKeyRequired;
import com.tripavail.platform.security.CurrentUser;
import com.tripavail.platform.web.ConflictException;
import com.tripavail.platform.web.ForbiddenException;
import com.tripavail.platform.web.NotFoundException;
import com.tripavail.platform.web.UnprocessableException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Holds over REST, for the gateway and for benchmarks (ADMIN only): the same desk booking's
 * Kafka requests go through. A granted hold is 201; a refused one a problem — 409 (SOLD_OUT,
 * CLOSED, NOT_PUBLISHED, with the reason in {@code currentState}), 404 (UNKNOWN_PRODUCT) or
 * 422 (INVALID_REQUEST) — and booking would have learnt the same from the published event.
 */
@RestController
@RequestMapping("/api/holds")
public class HoldController {

    static final String ID = "[A-Za-z0-9._:#-]{1,100}";

    public record HoldRoomsRequest(@Pattern(regexp = ID) String holdId,
                                   @NotBlank @Pattern(regexp = ID) String bookingId,
                                   @NotNull @Pattern(regexp = "STAY|HOTEL_PACKAGE|TOUR_PACKAGE") String productType,
                                   @NotBlank @Pattern(regexp = ID) String productId,
                                   @Pattern(regexp = ID) String departureId,
                                   LocalDate checkIn, LocalDate checkOut,
                                   @Min(1) @Max(10_000) int units, @Min(1) @Max(1_000) int guests) {
    }

    public record ReleaseRequest(@Size(max = 200) String reason) {
    }

    public record HoldResponse(String holdId, String status, String aggregateId, List<NightPrice> prices,
                               Money total) {
    }

    private final HoldDesk desk;

    public HoldController(HoldDesk desk) {
        this.desk = desk;
    }

    @PostMapping
    @IdempotencyKeyRequired
    public ResponseEntity<HoldResponse> hold(@Valid @RequestBody HoldRoomsRequest request, CurrentUser user) {
        requireAdmin(user);
        String holdId = request.holdId() != null ? request.holdId() : UUID.randomUUID().toString();
        HoldOutcome outcome = desk.hold(new HoldRequest(holdId, request.bookingId(), request.productType(),
                request.productId(), request.departureId(), request.checkIn(), request.checkOut(), request.units(),
                request.guests()));
        return switch (outcome) {
            case HoldOutcome.Held held -> ResponseEntity.created(URI.create("/api/holds/" + holdId))
                    .body(new HoldResponse(holdId, "HELD", held.aggregateId(), held.prices(), held.total()));
            case HoldOutcome.Unchanged unchanged -> ResponseEntity.ok(new HoldResponse(holdId,
                    unchanged.status().name(), desk.find(holdId).map(h -> h.aggregateId()).orElse(null), null, null));
            case HoldOutcome.Rejected rejected -> throw switch (rejected.reason()) {
                case UNKNOWN_PRODUCT -> new NotFoundException(rejected.detail());
                case INVALID_REQUEST -> new UnprocessableException(rejected.detail());
                case SOLD_OUT, CLOSED, NOT_PUBLISHED -> new ConflictException(rejected.detail(),
                        rejected.reason().name());
            };
            case HoldOutcome.Refused refused -> throw new ConflictException(refused.detail());
            default -> throw new IllegalStateException("unexpected outcome of a hold: " + outcome);
        };
    }

    @PostMapping("/{holdId}/release")
    public ResponseEntity<HoldResponse> release(@PathVariable String holdId,
                                                @Valid @RequestBody(required = false) ReleaseRequest request,
                                                CurrentUser user) {
        requireAdmin(user);
        HoldOutcome outcome = desk.release(holdId, request == null || request.reason() == null ? "RELEASED_BY_ADMIN"
                : request.reason());
        return switch (outcome) {
            case HoldOutcome.Released released -> ResponseEntity.accepted().body(status(holdId, "RELEASED"));
            case HoldOutcome.Unchanged unchanged -> ResponseEntity.ok(status(holdId, unchanged.status().name()));
            case HoldOutcome.UnknownHold unknown -> throw new NotFoundException("no hold " + holdId);
            default -> throw new IllegalStateException("unexpected outcome of a release: " + outcome);
        };
    }

    @PostMapping("/{holdId}/confirm")
    public ResponseEntity<HoldResponse> confirm(@PathVariable String holdId, CurrentUser user) {
        requireAdmin(user);
        HoldOutcome outcome = desk.confirm(holdId);
        return switch (outcome) {
            case HoldOutcome.Confirmed confirmed -> ResponseEntity.accepted().body(status(holdId, "SOLD"));
            case HoldOutcome.Unchanged unchanged -> ResponseEntity.ok(status(holdId, unchanged.status().name()));
            case HoldOutcome.Refused refused -> throw new ConflictException(refused.detail(),
                    refused.status() == null ? null : refused.status().name());
            case HoldOutcome.UnknownHold unknown -> throw new NotFoundException("no hold " + holdId);
            default -> throw new IllegalStateException("unexpected outcome of a confirmation: " + outcome);
        };
    }

    private HoldResponse status(String holdId, String status) {
        return new HoldResponse(holdId, status, desk.find(holdId).map(h -> h.aggregateId()).orElse(null), null, null);
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("holds are taken by booking or an admin");
        }
    }
}
