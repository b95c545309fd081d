package com.tripavail.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tripavail.contracts.onboarding.ProviderRegistered;
import com.tripavail.contracts.onboarding.ProviderVerificationChanged;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContractJsonTest {

    private final Instant at = Instant.parse("2026-11-22T10:15:30Z");

    @Test
    void anEnvelopeRoundTripsWithItsPayload() {
        var changed = new ProviderVerificationChanged("p-1", "u-1", "HOTEL_MANAGER", "APPROVED",
                "UNDER_REVIEW", null, at);

        EventEnvelope envelope = ContractJson.wrap("e-1", at, "p-1", 4, changed);
        EventEnvelope read = ContractJson.read(ContractJson.write(envelope));

        assertThat(read.type()).isEqualTo("onboarding.ProviderVerificationChanged");
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.sequence()).isEqualTo(4);
        assertThat(read.occurredAt()).isEqualTo(at);
        assertThat(ContractJson.payload(read, ProviderVerificationChanged.class)).isEqualTo(changed);
    }

    @Test
    void instantsAreWrittenAsIsoText() {
        EventEnvelope envelope = ContractJson.wrap("e-1", at, "p-1", 0,
                new ProviderRegistered("p-1", "u-1", "TOUR_OPERATOR", "Blue Tours", "Agra", "IN", at));

        assertThat(ContractJson.write(envelope)).contains("\"occurredAt\":\"2026-11-22T10:15:30Z\"");
    }

    @Test
    void aConsumerIgnoresFieldsAddedWithinAVersion() {
        String json = """
                {"eventId":"e-9","type":"onboarding.ProviderRegistered","version":1,
                 "occurredAt":"2026-11-22T10:15:30Z","aggregateId":"p-9","sequence":0,"addedLater":true,
                 "payload":{"providerId":"p-9","userId":"u-9","providerType":"HOTEL_MANAGER",
                            "businessName":"Taj View","at":"2026-11-22T10:15:30Z","rating":5}}""";

        ProviderRegistered registered = ContractJson.payload(ContractJson.read(json), ProviderRegistered.class);

        assertThat(registered.businessName()).isEqualTo("Taj View");
        assertThat(registered.city()).isNull();
    }

    @Test
    void readingAPayloadAsAnotherContractIsRefused() {
        EventEnvelope envelope = ContractJson.wrap("e-1", at, "p-1", 0,
                new ProviderRegistered("p-1", "u-1", "TOUR_OPERATOR", "Blue Tours", null, null, at));

        assertThatThrownBy(() -> ContractJson.payload(envelope, ProviderVerificationChanged.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moneyIsWrittenAsAmountAndCurrencyOnly() {
        assertThat(ContractJson.toTree(Money.of("-12.50", "INR")).toString())
                .isEqualTo("{\"amount\":-12.50,\"currency\":\"INR\"}");
    }

    @Test
    void theCatalogResolvesTypeNames() {
        assertThat(ContractCatalog.typeOf("onboarding.ProviderVerificationChanged"))
                .isEqualTo(ProviderVerificationChanged.class);
        assertThatThrownBy(() -> ContractCatalog.typeOf("nope")).isInstanceOf(IllegalArgumentException.class);
    }
}
