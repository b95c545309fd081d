package com.tripavail.contracts;

import com.tripavail.contracts.booking.BookingCancelled;
import com.tripavail.contracts.booking.BookingCompleted;
import com.tripavail.contracts.booking.BookingConfirmed;
import com.tripavail.contracts.booking.BookingExpired;
import com.tripavail.contracts.booking.BookingHeld;
import com.tripavail.contracts.booking.BookingPaymentPending;
import com.tripavail.contracts.booking.BookingRefunded;
import com.tripavail.contracts.booking.BookingRejected;
import com.tripavail.contracts.booking.HoldConfirmed;
import com.tripavail.contracts.booking.HoldReleaseRequested;
import com.tripavail.contracts.booking.HoldRequested;
import com.tripavail.contracts.inventory.HotelPackageChanged;
import com.tripavail.contracts.inventory.InventoryHeld;
import com.tripavail.contracts.inventory.InventoryHoldRejected;
import com.tripavail.contracts.inventory.InventoryReleased;
import com.tripavail.contracts.inventory.InventorySold;
import com.tripavail.contracts.inventory.ListingChanged;
import com.tripavail.contracts.inventory.TourDepartureScheduled;
import com.tripavail.contracts.inventory.TourPackageChanged;
import com.tripavail.contracts.onboarding.ProviderRegistered;
import com.tripavail.contracts.onboarding.ProviderVerificationChanged;
import com.tripavail.contracts.trip.BookingClicked;
import com.tripavail.contracts.trip.ConversionMarked;
import com.tripavail.contracts.trip.LegBooked;
import com.tripavail.contracts.trip.RouteClicked;
import com.tripavail.contracts.trip.SearchPerformed;
import com.tripavail.contracts.trip.TripCancelled;
import com.tripavail.contracts.trip.TripCompleted;
import com.tripavail.contracts.trip.TripPlanned;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every published contract, so consumers can map an envelope's type to its record. */
public final class ContractCatalog {

    public static final List<Class<?>> ALL = List.of(
            ProviderRegistered.class,
            ProviderVerificationChanged.class,
            HoldRequested.class,
            HoldReleaseRequested.class,
            HoldConfirmed.class,
            BookingHeld.class,
            BookingRejected.class,
            BookingPaymentPending.class,
            BookingConfirmed.class,
            BookingExpired.class,
            BookingCancelled.class,
            BookingCompleted.class,
            BookingRefunded.class,
            InventoryHeld.class,
            InventoryHoldRejected.class,
            InventoryReleased.class,
            InventorySold.class,
            ListingChanged.class,
            HotelPackageChanged.class,
            TourPackageChanged.class,
            TourDepartureScheduled.class,
            TripPlanned.class,
            LegBooked.class,
            TripCancelled.class,
            TripCompleted.class,
            BookingClicked.class,
            ConversionMarked.class,
            SearchPerformed.class,
            RouteClicked.class);

    private static final Map<String, Class<?>> BY_TYPE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(c -> ContractJson.contractOf(c).type(), Function.identity()));

    private ContractCatalog() {
    }

    public static Class<?> typeOf(String type) {
        Class<?> contract = BY_TYPE.get(type);
        if (contract == null) {
            throw new IllegalArgumentException("unknown contract type " + type);
        }
        return contract;
    }
}
