package com.tripavail.inventory.api.hold;

import com.tripavail.contracts.Money;
import com.tripavail.inventory.command.hold.ChangeRoomNightCommand;
import com.tripavail.inventory.command.hold.InventoryOutcome;
import com.tripavail.inventory.command.hold.OpenRoomNightsCommand;
import com.tripavail.platform.security.CurrentUser;
import com.tripavail.platform.web.ConflictException;
import com.tripavail.platform.web.NotFoundException;
import com.tripavail.platform.web.UnprocessableException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A provider's nightly inventory: open a range of nights (at most 90 at a time), change one
 * night's units, price or closure. Units never go below what is held or sold (409).
 */
@RestController
public class RoomInventoryController {

    public record PriceRequest(@NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal amount,
                               @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO-4217 code") String currency) {

        Money toMoney() {
            return new Money(amount, currency);
        }
    }

    public record OpenNightsRequest(@NotNull LocalDate from, @NotNull LocalDate to,
                                    @Min(0) @Max(10_000) Integer units, @Valid PriceRequest price) {
    }

    public record ChangeNightRequest(@Min(0) @Max(10_000) Integer units, @Valid PriceRequest price,
                                     Boolean clearPrice, Boolean closed) {
    }

    public record InventoryResponse(String roomTypeId, int nightsChanged, List<String> notes) {
    }

    private final CommandGateway commands;
    private final ProviderOwnership ownership;
    private final Clock clock;

    public RoomInventoryController(CommandGateway commands, ProviderOwnership ownership, Clock clock) {
        this.commands = commands;
        this.ownership = ownership;
        this.clock = clock;
    }

    @PostMapping("/api/room-types/{roomTypeId}/inventory")
    public ResponseEntity<InventoryResponse> open(@PathVariable String roomTypeId,
                                                  @Valid @RequestBody OpenNightsRequest request, CurrentUser user) {
        ownership.requireRoomTypeOwner(roomTypeId, user);
        InventoryOutcome outcome = commands.sendAndWait(new OpenRoomNightsCommand(roomTypeId, request.from(),
                request.to(), request.units(), request.price() == null ? null : request.price().toMoney(),
                clock.instant()));
        return ResponseEntity.accepted().body(accepted(roomTypeId, outcome));
    }

    @PutMapping("/api/room-types/{roomTypeId}/nights/{night}")
    public ResponseEntity<InventoryResponse> change(@PathVariable String roomTypeId, @PathVariable LocalDate night,
                                                    @Valid @RequestBody ChangeNightRequest request, CurrentUser user) {
        ownership.requireRoomTypeOwner(roomTypeId, user);
        if (request.units() == null && request.price() == null && request.closed() == null
                && !Boolean.TRUE.equals(request.clearPrice())) {
            throw new UnprocessableException("give units, price, clearPrice or closed");
        }
        InventoryOutcome outcome = commands.sendAndWait(new ChangeRoomNightCommand(roomTypeId, night,
                request.units(), request.price() == null ? null : request.price().toMoney(),
                Boolean.TRUE.equals(request.clearPrice()), request.closed(), clock.instant()));
        return ResponseEntity.ok(accepted(roomTypeId, outcome));
    }

    private static InventoryResponse accepted(String roomTypeId, InventoryOutcome outcome) {
        return switch (outcome) {
            case InventoryOutcome.Accepted accepted -> new InventoryResponse(roomTypeId, accepted.nightsChanged(),
                    accepted.notes());
            case InventoryOutcome.Refused refused -> throw switch (refused.reason()) {
                case INVALID -> new UnprocessableException(refused.detail());
                case NOT_OPEN -> new NotFoundException(refused.detail());
                case BELOW_COMMITTED -> new ConflictException(refused.detail());
            };
        };
    }
}
