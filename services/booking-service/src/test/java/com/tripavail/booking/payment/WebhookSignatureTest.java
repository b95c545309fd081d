package com.tripavail.booking.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.booking.integration.payment.WebhookRefusal;
import com.tripavail.booking.integration.payment.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The t=,v1= HMAC-SHA256 scheme of webhook signatures, without Spring. */
class WebhookSignatureTest {

    static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    static final byte[] BODY = "{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\"}"
            .getBytes(StandardCharsets.UTF_8);

    final WebhookSignature signature = new WebhookSignature("whsec_test", Duration.ofMinutes(5));

    @Test
    void givenABodySignedNow_whenVerified_thenItIsBelieved() {
        assertThat(signature.verify(signature.sign(NOW, BODY), BODY, NOW)).isEmpty();
    }

    @Test
    void givenTheHeader_whenRead_thenItIsTheTimestampAndTheHexHmacOfTimestampDotBody() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("whsec_test".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((NOW.getEpochSecond() + ".").getBytes(StandardCharsets.UTF_8));
        String expected = HexFormat.of().formatHex(mac.doFinal(BODY));

        assertThat(signature.sign(NOW, BODY)).isEqualTo("t=" + NOW.getEpochSecond() + ",v1=" + expected);
    }

    @Test
    void givenNoHeader_whenVerified_thenTheSignatureIsMissing() {
        assertThat(signature.verify(null, BODY, NOW)).contains(WebhookRefusal.MISSING_SIGNATURE);
        assertThat(signature.verify(" ", BODY, NOW)).contains(WebhookRefusal.MISSING_SIGNATURE);
    }

    @Test
    void givenAnotherSecret_whenVerified_thenTheSignatureIsWrong() {
        String forged = new WebhookSignature("whsec_other", Duration.ofMinutes(5)).sign(NOW, BODY);

        assertThat(signature.verify(forged, BODY, NOW)).contains(WebhookRefusal.WRONG_SIGNATURE);
    }

    @Test
    void givenATamperedBody_whenVerified_thenTheSignatureIsWrong() {
        String header = signature.sign(NOW, BODY);
        byte[] tampered = new String(BODY, StandardCharsets.UTF_8).replace("succeeded", "succeedeD")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(signature.verify(header, tampered, NOW)).contains(WebhookRefusal.WRONG_SIGNATURE);
    }

    @Test
    void givenATimestampChangedAfterSigning_whenVerified_thenTheSignatureIsWrong() {
        String header = signature.sign(NOW.minusSeconds(3600), BODY)
                .replace("t=" + NOW.minusSeconds(3600).getEpochSecond(), "t=" + NOW.getEpochSecond());

        assertThat(signature.verify(header, BODY, NOW)).contains(WebhookRefusal.WRONG_SIGNATURE);
    }

    @Test
    void givenASignatureOlderOrNewerThanTheTolerance_whenVerified_thenItIsStale() {
        assertThat(signature.verify(signature.sign(NOW.minusSeconds(301), BODY), BODY, NOW))
                .contains(WebhookRefusal.STALE_TIMESTAMP);
        assertThat(signature.verify(signature.sign(NOW.plusSeconds(301), BODY), BODY, NOW))
                .contains(WebhookRefusal.STALE_TIMESTAMP);
        assertThat(signature.verify(signature.sign(NOW.minusSeconds(300), BODY), BODY, NOW)).isEmpty();
    }

    @Test
    void givenHeadersNotOfTheForm_whenVerified_thenTheyAreMalformed() {
        String v1 = signature.sign(NOW, BODY).substring(signature.sign(NOW, BODY).indexOf("v1="));
        for (String header : new String[] {"garbage", v1, "t=" + NOW.getEpochSecond(),
                "t=yesterday," + v1, "t=" + NOW.getEpochSecond() + ",v1=not-hex", "=1,v1=00"}) {
            assertThat(signature.verify(header, BODY, NOW)).as(header).contains(WebhookRefusal.MALFORMED_SIGNATURE);
        }
    }

    @Test
    void givenARotationWithTwoSignatures_whenOneMatches_thenItIsBelieved() {
        String current = signature.sign(NOW, BODY);
        String old = new WebhookSignature("whsec_old", Duration.ofMinutes(5)).sign(NOW, BODY);
        String both = old + "," + current.substring(current.indexOf("v1="));

        assertThat(signature.verify(both, BODY, NOW)).isEmpty();
    }
}
