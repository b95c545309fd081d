package com.tripavail.inventory.command.catalog;

import static com.tripavail.inventory.command.catalog.CatalogOutcome.refused;

import com.tripavail.inventory.event.PauseReason;
import com.tripavail.inventory.event.ProductStatus;
import java.util.Optional;

/**
 * The status rules every product shares: DRAFT → PUBLISHED → PAUSED / ARCHIVED.
 * <ul>
 * <li>publishing: from DRAFT or PAUSED, and only while the owner is APPROVED (so products
 * paused by a suspension come back only by the provider's action after reinstatement);</li>
 * <li>pausing: only a PUBLISHED product;</li>
 * <li>archiving: anything not archived yet; an archived product changes no more.</li>
 * </ul>
 */
final class ProductLifecycle {

    static final String APPROVED = "APPROVED";

    private ProductLifecycle() {
    }

    static Optional<CatalogOutcome> ownerRefusal(String ownerId, String actingProviderId, ProductStatus status) {
        return ownerId.equals(actingProviderId) ? Optional.empty()
                : Optional.of(refused(CatalogRefusal.NOT_OWNER, "not your product", status));
    }

    static Optional<CatalogOutcome> publishRefusal(ProductStatus status, String providerStatus) {
        if (status != ProductStatus.DRAFT && status != ProductStatus.PAUSED) {
            return Optional.of(refused(CatalogRefusal.WRONG_STATE, "cannot publish while " + status, status));
        }
        if (!APPROVED.equals(providerStatus)) {
            return Optional.of(refused(CatalogRefusal.PROVIDER_NOT_APPROVED,
                    "publishing needs an APPROVED provider; yours is " + providerStatus, status));
        }
        return Optional.empty();
    }

    static Optional<CatalogOutcome> pauseRefusal(ProductStatus status, PauseReason reason) {
        if (reason == null) {
            return Optional.of(refused(CatalogRefusal.INVALID_DETAILS, "a pause needs a reason", status));
        }
        if (status != ProductStatus.PUBLISHED) {
            return Optional.of(refused(CatalogRefusal.WRONG_STATE, "only a PUBLISHED product can be paused", status));
        }
        return Optional.empty();
    }

    static Optional<CatalogOutcome> archiveRefusal(ProductStatus status) {
        return status == ProductStatus.ARCHIVED
                ? Optional.of(refused(CatalogRefusal.WRONG_STATE, "already archived", status))
                : Optional.empty();
    }

    static Optional<CatalogOutcome> editRefusal(ProductStatus status) {
        return status == ProductStatus.ARCHIVED
                ? Optional.of(refused(CatalogRefusal.WRONG_STATE, "an archived product cannot change", status))
                : Optional.empty();
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
