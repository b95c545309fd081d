package com.tripavail.booking.api.payment;

import com.tripavail.booking.integration.payment.PaymentProviderUnavailableException;
import com.tripavail.booking.integration.payment.PaymentRequestRefusedException;
import com.tripavail.platform.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Payment provider errors that reach a controller (paying for a booking, say) as problems: a
 * request the provider refuses (an invalid card number) is 422 with the provider's code; a
 * provider that is unavailable is 503 with {@code Retry-After}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PaymentProviderProblems {

    private static final Logger log = LoggerFactory.getLogger(PaymentProviderProblems.class);

    @ExceptionHandler(PaymentRequestRefusedException.class)
    ResponseEntity<ProblemDetail> refused(PaymentRequestRefusedException e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "payment-refused",
                "Payment refused by the provider", e.getMessage());
        problem.setProperty("provider", e.provider());
        problem.setProperty("code", e.code());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
    }

    @ExceptionHandler(PaymentProviderUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(PaymentProviderUnavailableException e) {
        log.warn("payment provider {} unavailable", e.provider(), e);
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.SERVICE_UNAVAILABLE,
                "Payment provider unavailable", "The payment provider " + e.provider()
                        + " cannot be reached; try again shortly.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }
}
